// Popup entry: styles, then the app. Opened in a tab of its own (?tabId=N: tests, the comparison
// "open in a tab"), the page takes the window's width instead of the toolbar popup's 380 px.
import { render } from 'preact';
import './popup.css';
import { PopupApp } from './components/PopupApp.tsx';
import { tabIdFromSearch } from './tab-id.ts';

document.documentElement.classList.toggle('in-tab', tabIdFromSearch(location.search) !== undefined);
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
