// The only main-process module that imports Electron; everything else receives it from here.
import electron from 'electron';
import { startApp } from './app';

startApp(electron, process.argv).catch((error: unknown) => {
  console.error('[wijkhuis] starten mislukt:', error);
  electron.app.exit(1);
});
