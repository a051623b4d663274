export const USER_ROLES = ['rep', 'manager', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Role of a person on the customer's side in the buying decision. */
export const CONTACT_ROLES = ['user', 'influencer', 'decision_maker'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  user: '使用人',
  influencer: '影响人',
  decision_maker: '决策人',
};

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  rep: '销售',
  manager: '经理',
  admin: '管理员',
};
