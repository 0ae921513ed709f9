/** The exports both entries (Node and browser) share: the core and every REST module. */
export * from './core';
export { createRestModules, type RestModules, type SipgateIORestClient } from './rest-modules';
export * from './sms';
export * from './fax';
export * from './call';
export * from './settings';
export * from './rtcm';
export * from './contacts';
export * from './history';
export * from './numbers';
export * from './devices';
export * from './voicemails';
export * from './oauth';
