// Side panel entry (Firefox: sidebar): mounts the side panel app.
import { render } from 'preact';
import { App } from '@src/ui/sidepanel/App';
import '@src/ui/common/styles.css';

render(<App />, document.getElementById('app')!);
