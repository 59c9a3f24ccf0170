// Options page entry: the salesperson's local settings.
import { render } from 'preact';
import { Options } from '@src/ui/options/Options';
import '@src/ui/common/styles.css';

render(<Options />, document.getElementById('app')!);
