import { create } from 'zustand';
import type { MethodOutput } from '../../shared/api/contract';
import type { Device } from '../../shared/api/schemas';
import { api } from '../api/client';
import { failureMessage } from './failure';

export type Config = MethodOutput<'getConfig'>;

interface SettingsStore {
  config: Config | null;
  devices: Device[];
  loadError: string | null;
  load(): Promise<void>;
  loadDevices(): Promise<void>;
}

export const useSettings = create<SettingsStore>((set) => ({
  config: null,
  devices: [],
  loadError: null,
  async load() {
    try {
      set({ config: await api('getConfig', {}), loadError: null });
    } catch (error) {
      set({ loadError: failureMessage(error) });
    }
  },
  async loadDevices() {
    try {
      set({ devices: (await api('listDevices', {})).devices });
    } catch (error) {
      set({ loadError: failureMessage(error) });
    }
  },
}));
