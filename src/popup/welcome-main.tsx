// First-run page entry: styles, then the app.
import { render } from 'preact';
import './popup.css';
import { WelcomeApp } from './welcome/WelcomeApp.tsx';
import { t } from '../shared/i18n.ts';

document.title = t('welcomeTitle');

const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
