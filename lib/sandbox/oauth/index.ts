export { AuthorizationServer, OAUTH_PREFIX, SANDBOX_OAUTH_CLIENT } from './authorization-server';
export type { SandboxOAuthClient, SandboxOAuthControl, SandboxOAuthOptions } from './types';
export { checkScope } from './scopes';
