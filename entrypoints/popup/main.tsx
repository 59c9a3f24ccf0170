// Popup entry: quick status and a button that opens the side panel.
import { render } from 'preact';
import { Popup } from '@src/ui/popup/Popup';
import '@src/ui/common/styles.css';

render(<Popup />, document.getElementById('app')!);
