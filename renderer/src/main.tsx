import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warmUp } from './compare/engine-client';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/story.css';
import './styles/dialogs.css';
import './styles/compare.css';
import './styles/compare-pair.css';
import './styles/compare-panel.css';
import './styles/correspondence.css';
import './styles/compare-status.css';
import './styles/pair-window.css';
import './styles/overview-matrix.css';
import './styles/copy-chain.css';
import './styles/export.css';
import './styles/outlets.css';
import './styles/grouping.css';
import './styles/notes.css';
import './styles/edge-states.css';
import './styles/print.css';

// Load and compile the engine in a worker while the library is listed (see warmUp).
warmUp();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
