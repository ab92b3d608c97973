// Options page entry: styles, then the app.
import { render } from 'preact';
import './popup.css';
import { OptionsApp } from './options/OptionsApp.tsx';
import { t } from '../shared/i18n.ts';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
