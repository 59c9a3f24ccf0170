// Public surface of retention rules (pure). Must never export anything that extends a retention end.
export * from './retention';
