export { createFaxModule, defaultFaxFilename } from './fax';
export { FaxStatus } from './fax.types';
export type {
  Fax,
  FaxDTO,
  FaxFileContent,
  Faxline,
  FaxlinesResponse,
  FaxModule,
  FaxRequestOptions,
  HistoryFaxResponse,
  ResendFax,
  SendFaxSessionResponse,
} from './fax.types';
