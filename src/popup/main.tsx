// Popup entry: styles, then the app. Opened in a tab of its own (?tabId=N: tests, the comparison
// "open in a tab"), the page takes the window's width instead of the toolbar popup's 380 px.
// First: the tab's state is read while the rest of the popup's modules are evaluated.
import './early-state.ts';
import { render } from 'preact';
import './popup.css';
import { PopupApp } from './components/PopupApp.tsx';
import { tabIdFromSearch } from './tab-id.ts';

document.documentElement.classList.toggle('in-tab', tabIdFromSearch(location.search) !== undefined);
// The bench (npm run bench:cold) reads when the popup's modules had been evaluated.
performance.mark('policylens:popup-modules');
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
