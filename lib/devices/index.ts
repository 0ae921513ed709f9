export { createDevicesModule } from './devices';
export * from './devices.types';
