// Exit codes of the admin tool: 0 ok, 1 validation or verification failure, 2 usage error.
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
