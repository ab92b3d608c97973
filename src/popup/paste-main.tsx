// Paste page entry: styles, then the app.
import { render } from 'preact';
import './popup.css';
import { PasteApp } from './paste/PasteApp.tsx';

const root = document.getElementById('app');
if (root) render(<PasteApp />, root);
