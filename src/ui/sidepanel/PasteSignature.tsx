// A paste box: a signature block typed or pasted by the salesperson becomes one draft for review.
// Must never render the pasted text as HTML.
import { useState } from 'preact/hooks';
import { t } from '@src/ui/i18n';

interface Props {
  onRead: (text: string) => void;
}

export function PasteSignature({ onRead }: Props) {
  const [text, setText] = useState('');
  return (
    <details class="small" data-testid="paste-signature">
      <summary>{t('pasteHeading')}</summary>
      <div class="review">
        <textarea
          rows={5}
          value={text}
          placeholder={t('pastePlaceholder')}
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="paste-text"
        />
        <div class="actions">
          <button
            type="button"
            disabled={!text.trim()}
            onClick={() => onRead(text)}
            data-testid="paste-read"
          >
            {t('pasteButton')}
          </button>
        </div>
      </div>
    </details>
  );
}
