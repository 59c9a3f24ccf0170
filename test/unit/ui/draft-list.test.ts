import { describe, expect, it } from 'vitest';
import { peopleFoundLabel } from '@src/ui/sidepanel/DraftList';
import { translator, uiLocale } from '@src/ui/i18n';

describe('people found label', () => {
  it('says "person" for one and "people" otherwise', () => {
    const t = translator(uiLocale);
    expect(peopleFoundLabel(1)).toBe(t('onePersonFound'));
    expect(peopleFoundLabel(3)).toBe(t('peopleFound', { count: 3 }));
    expect(translator('en')('onePersonFound')).toBe('1 person found');
    expect(translator('zh-CN')('onePersonFound')).toBe('找到 1 人');
  });
});
