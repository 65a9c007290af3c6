// Renderer entry: connect to the service (Electron bridge or web host), then mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToService } from './api/client';
import { App } from './app/App';
import { AppContext } from './app/app-context';
import { createProjectStore } from './state/project-store';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const client = connectToService();
if ('error' in client) {
  root.render(
    <main className="home-main">
      <h1>EquityLens</h1>
      <p className="error-text">{client.error}</p>
    </main>,
  );
} else {
  const store = createProjectStore(client);
  // A reload keeps the project the service has open.
  void store.getState().refresh();
  root.render(
    <StrictMode>
      <AppContext.Provider value={{ client, store }}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
}
