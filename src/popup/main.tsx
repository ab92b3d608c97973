// Popup entry: styles, then the app.
import { render } from 'preact';
import './popup.css';
import { PopupApp } from './components/PopupApp.tsx';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
