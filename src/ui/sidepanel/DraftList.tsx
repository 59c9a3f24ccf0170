// Lists the people detected on the page; the salesperson picks one to review.
// Must never render page-derived strings as HTML.
import type { ReviewDraft } from '@src/capture/normalize';
import { t } from '@src/ui/i18n';

interface Props {
  drafts: ReviewDraft[];
  onPick: (draft: ReviewDraft) => void;
  /** People on the organisation's suppression list were left out (nothing else is known here). */
  suppressedLeftOut?: boolean;
}

/** "1 person found" / "3 people found" (one form in Chinese). */
export function peopleFoundLabel(count: number): string {
  return count === 1 ? t('onePersonFound') : t('peopleFound', { count });
}

export function DraftList({ drafts, onPick, suppressedLeftOut }: Props) {
  const notice = suppressedLeftOut === true && (
    <p class="error small" role="status" data-testid="suppressed-left-out">
      {t('suppressedLeftOut')}
    </p>
  );
  if (drafts.length === 0)
    return (
      <>
        {notice}
        <p class="muted">{t('noPeople')}</p>
      </>
    );
  return (
    <>
      {notice}
      <p class="muted">{peopleFoundLabel(drafts.length)}</p>
      <ul class="cards" data-testid="draft-list">
        {drafts.map((draft) => (
          <li class="card" key={draft.draftId}>
            <div>
              <strong>{draft.person.name ?? t('unnamed')}</strong>
              <div class="muted">
                {[draft.person.jobTitle, draft.person.organization].filter(Boolean).join(' · ')}
              </div>
              <div class="muted small">
                {[...draft.person.emails, ...draft.person.phones].join(' · ')}
              </div>
            </div>
            <button type="button" onClick={() => onPick(draft)} data-testid="review-draft">
              {t('review')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
