// No feature of the app needs a browser permission (camera, microphone, notifications, clipboard,
// fullscreen, geolocation…): every request and every check is refused, whoever asks.

export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
