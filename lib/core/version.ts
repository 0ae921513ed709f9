/** SDK version sent as X-Sipgate-Version; a test keeps it equal to package.json. */
export const SDK_VERSION = '0.1.0';
export const SDK_NAME = 'sipgate-io-sdk';
