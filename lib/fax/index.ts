export { createFaxModule, defaultFaxFilename } from './fax';
export { FaxStatus } from './fax.types';
export type { Fax, FaxDTO, FaxFileContent, Faxline, FaxModule, FaxRequestOptions, ResendFax, SendFaxSessionResponse } from './fax.types';
