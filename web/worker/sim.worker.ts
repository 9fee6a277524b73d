// Module Web Worker entry: a three-line adapter (STYLE.md §15). The page imports only the type.
import * as Comlink from 'comlink';
import { api } from './api';
Comlink.expose(api);
