import type { PlatformName } from '../pipeline/inbound-event';
import type { Tenant, User } from '../store/entities';

/** Where a message nobody asked for reaches a user: the messenger the tenant runs and the user is bound to. */
export function homePlatform(tenant: Tenant, user: User): PlatformName {
  if (tenant.settings.wecom && user.wecomUserId) return 'wecom';
  if (tenant.settings.dingtalk && user.dingtalkUserId) return 'dingtalk';
  return 'console';
}
