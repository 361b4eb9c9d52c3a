import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { CATALOGUE_FILE_BODY_LIMIT, catalogueFileMethods } from '../../shared/api/catalog';
import {
  ClientFrame,
  eventNames,
  methods,
  type EventName,
  type EventPayload,
  type MethodName,
  type ServerFrame,
} from '../../shared/api/contract';
import { decideAccess, type AccessDecision } from '../../shared/api/access';
import type { FileDownload } from '../../shared/api/method';
import type { ApiErrorBody } from '../../shared/api/schemas';
import { errorMessages, transportText, type ErrorCode } from '../../shared/i18n/vi';
import { safeTextProblemCode } from '../../shared/text/safe-text';
import { ApiError } from '../service/api-error';
import { storageProblem } from '../service/health/storage-errors';
import type { Caller, RequestContext } from '../service/caller';
import type { BusEventPayload } from '../service/events';
import type { WardService } from '../service/ward-service';
import { isAllowedHost, isSameOrigin } from './host-check';
import { SECURITY_HEADERS } from './security-headers';

export interface HttpServerOptions {
  ward: WardService;
  /** The built renderer (index.html + assets). */
  staticDir: string;
  /** True when bound beyond loopback: Host may then be this PC's LAN address or name. */
  lan: boolean;
  version: string;
}

/** Client-side routes of the single-page renderer; the settings page routes its sub-pages itself. */
const PAGES = ['/', '/kiosk', '/display', '/settings', '/settings/:page', '/pair', '/setup', '/sync', '/close-day', '/audit'];
const BODY_LIMIT = 256 * 1024;
const WS_AUTH_TIMEOUT_MS = 5_000;

export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const { ward } = options;
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, onProtoPoisoning: 'error', onConstructorPoisoning: 'error' });
  // Fastify reads a body as UTF-8 with bad bytes turned into U+FFFD, which would then be stored as if
  // typed. Decoding fatally first refuses such a body whole; Fastify's own JSON parser, per-route body
  // limits and bad_json answers stay as they were. text/plain too, so no body is decoded leniently.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    const text = decodeUtf8(body);
    if (text === null) return done(new ApiError('bad_encoding'), undefined);
    parseJson(request, text, done);
  });
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    const text = decodeUtf8(body);
    if (text === null) done(new ApiError('bad_encoding'), undefined);
    else done(null, text);
  });
  const hostNames = [os.hostname(), `${os.hostname()}.local`];
  const sockets = new Map<WebSocket, Caller>();

  // Registered before the Host/Origin hook: the plugin's own hooks must see a refused upgrade request
  // too, or they never destroy its socket, which then leaks and blocks app.close().
  await app.register(fastifyWebsocket, { options: { maxPayload: 4096 } });
  app.addHook('onRequest', async (request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
    if (!isAllowedHost(request.headers.host, { lan: options.lan, names: hostNames })) return sendError(reply, new ApiError('bad_host'));
    if (!isSameOrigin(request.headers.origin, request.headers.host)) return sendError(reply, new ApiError('forbidden'));
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error);
    // A read that hits a broken disk: the same answer and banner as a write would get.
    const storage = storageProblem(error);
    if (storage) {
      ward.health.report(storage, new Date());
      ward.log.error('http.storage_error', { code: error.code ?? null, message: error.message });
      return sendError(reply, new ApiError(storage));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendError(reply, new ApiError('payload_too_large'));
    if (status >= 400 && status < 500) return sendError(reply, new ApiError('bad_json'), status);
    ward.log.error('http.internal_error', { code: error.code ?? null, message: error.message });
    console.error(`[http] internal error: ${error.code ?? ''} ${error.message}`);
    return sendError(reply, new ApiError('internal'));
  });

  // One line per API answer: which method, how it ended and how long it took; never its input or output.
  app.addHook('onResponse', async (request, reply) => {
    const name = /^\/api\/([A-Za-z]+)/.exec(request.url)?.[1];
    if (!name) return;
    ward.log.info('api', {
      method: Object.hasOwn(methods, name) ? name : 'unknown',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
  });

  app.get('/api/health', async () => ({ ok: true, version: options.version, ...ward.health.health() }));

  async function callMethod(name: string, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    if (!Object.hasOwn(methods, name)) throw new ApiError('unknown_method');
    const spec = methods[name as MethodName];
    const device = spec.open ? null : authenticate(request);
    if (!spec.open) {
      if (!device) throw new ApiError('unauthorized');
      const decision = decideAccess(spec, ward.clerks.subject(device));
      if (decision !== 'allowed') refuse(device, name, decision);
    }
    const caller = device ? { ...device, method: name } : null;
    // Only a request without a body means "no input"; a JSON null is a malformed payload, not {}.
    const parsed = spec.input.safeParse(request.body === undefined ? {} : request.body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues[0]));
    const input = parsed.data as Record<string, unknown>;
    if (caller?.role === 'counter' && 'counterScoped' in spec && spec.counterScoped && input.counterNumber !== caller.counterNumber)
      refuse(caller, name, 'forbidden_counter');
    const handler = ward.handlers[name as MethodName] as (input: unknown, caller: Caller | null, request: RequestContext) => unknown;
    // Awaited: a handler that waits on the network (city sync) answers with its result, not a pending promise.
    const output = await handler(input, caller, { source: request.ip });
    return 'download' in spec && spec.download ? sendFile(reply, output as FileDownload) : reply.send(output);
  }

  app.post<{ Params: { method: string } }>('/api/:method', (request, reply) => callMethod(request.params.method, request, reply));
  // A catalogue file is megabytes: only its methods read a body that large, and only after the token has
  // shown a role that may call them, so nobody else can make the service buffer one.
  for (const name of catalogueFileMethods) {
    const onRequest = async (request: FastifyRequest) => {
      const caller = authenticate(request);
      if (!caller) throw new ApiError('unauthorized');
      const decision = decideAccess(methods[name], ward.clerks.subject(caller));
      if (decision !== 'allowed') refuse(caller, name, decision);
    };
    app.post(`/api/${name}`, { bodyLimit: CATALOGUE_FILE_BODY_LIMIT, onRequest }, (request, reply) => callMethod(name, request, reply));
  }

  app.all('/api/*', async () => {
    throw new ApiError('unknown_method');
  });

  app.register(async (scope) => {
    scope.get('/api/events', { websocket: true }, (socket) => {
      const timer = setTimeout(() => socket.close(4401, 'auth timeout'), WS_AUTH_TIMEOUT_MS);
      socket.once('message', (raw) => {
        clearTimeout(timer);
        let frame: ReturnType<typeof ClientFrame.safeParse>;
        try {
          frame = ClientFrame.safeParse(JSON.parse(String(raw)));
        } catch {
          frame = ClientFrame.safeParse(null);
        }
        const caller = frame.success ? ward.devices.authenticate(frame.data.token) : null;
        if (!caller) {
          send(socket, { type: 'error', code: 'unauthorized', message: errorMessages.unauthorized });
          socket.close(4401, 'unauthorized');
          return;
        }
        sockets.set(socket, caller);
        send(socket, { type: 'ready' });
      });
      socket.on('close', () => {
        clearTimeout(timer);
        sockets.delete(socket);
      });
    });
  });

  const unsubscribe = ward.events.subscribe((name, data) => {
    if (name === 'device.revoked') return closeSocketsOf((data as BusEventPayload<'device.revoked'>).deviceId);
    if (isClientEvent(name)) broadcast(name, data as EventPayload<typeof name>);
  });

  function broadcast<E extends EventName>(name: E, data: EventPayload<E>): void {
    const frame = JSON.stringify({ type: 'event', name, data });
    for (const socket of sockets.keys()) socket.send(frame);
  }
  const unsubscribeHealth = ward.health.subscribe(() => broadcast('status.changed', { at: new Date().toISOString() }));
  app.addHook('onClose', async () => {
    unsubscribeHealth();
    unsubscribe();
    for (const socket of sockets.keys()) socket.terminate();
  });

  if (fs.existsSync(path.join(options.staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.staticDir, wildcard: false, index: false });
    for (const page of PAGES) app.get(page, (_request, reply) => reply.sendFile('index.html'));
  } else {
    for (const page of PAGES)
      app.get(page, (_request, reply) => reply.code(503).type('text/plain; charset=utf-8').send(transportText.rendererNotBuilt));
  }
  app.setNotFoundHandler((_request, reply) => sendError(reply, new ApiError('unknown_method'), 404));

  function authenticate(request: FastifyRequest): Caller | null {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    return ward.devices.authenticate(header.slice('Bearer '.length));
  }

  /**
   * A refusal of authority is written to the audit log (who tried what); a request that merely has no
   * clerk signed in yet, or a locked one, is the page asking for a sign-in and is not.
   */
  function refuse(caller: Caller, method: string, decision: Exclude<AccessDecision, 'allowed'> | 'forbidden_counter'): never {
    if (decision === 'forbidden' || decision === 'forbidden_role' || decision === 'forbidden_counter') {
      try {
        ward.audit.refused(caller, method, decision);
      } catch (error) {
        // A full disk must not turn a refusal into a 500: the refusal stands, the health banner shows.
        if (!storageProblem(error) && !(error instanceof ApiError)) throw error;
      }
    }
    throw new ApiError(decision);
  }

  function closeSocketsOf(deviceId: string): void {
    for (const [socket, caller] of sockets) if (caller.deviceId === deviceId) socket.close(4403, 'revoked');
  }

  return app;
}

// ignoreBOM leaves a leading byte-order mark in the text, where the JSON parser drops it as it always
// has: an editor's BOM is harmless, and refusing it would only puzzle whoever saved the file.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function isClientEvent(name: string): name is EventName {
  return (eventNames as string[]).includes(name);
}

function send(socket: WebSocket, frame: ServerFrame): void {
  socket.send(JSON.stringify(frame));
}

/** A download method's answer: the file itself, to be saved, never cached (it may hold personal data). */
function sendFile(reply: FastifyReply, file: FileDownload): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
}

function sendError(reply: FastifyReply, error: ApiError, status = error.status): FastifyReply {
  const body: ApiErrorBody = { error: { code: error.code as ErrorCode, message: error.message } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function describeIssue(
  issue: { path: PropertyKey[]; message: string; code: string; params?: Record<string, unknown> } | undefined,
): string {
  if (!issue) return '';
  const field = issue.path.map(String).join('.');
  const located = field ? transportText.invalidField(field) : '';
  // A text refused for its characters says why, so the clerk knows what to fix (the reason never quotes the text).
  return safeTextProblemCode(issue) ? `${located} ${issue.message}`.trim() : located;
}
