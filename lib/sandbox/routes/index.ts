import { Router } from '../router';
import { registerAccountRoutes } from './account';
import { registerCallRoutes } from './calls';
import { registerContactRoutes } from './contacts';
import { registerDeviceRoutes } from './devices';
import { registerHistoryRoutes } from './history';
import { registerMessagingRoutes } from './messaging';

/** Every REST endpoint the sandbox serves below /v2. */
export function createRoutes(): Router {
  const router = new Router();
  registerAccountRoutes(router);
  registerMessagingRoutes(router);
  registerCallRoutes(router);
  registerContactRoutes(router);
  registerDeviceRoutes(router);
  registerHistoryRoutes(router);
  return router;
}
