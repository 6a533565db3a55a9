/** Moved to the ui kit (src/shared/ui/qr-code.ts: the unit posters draw QR codes too); kept for importers not yet moved. */
export { qrModules, qrPath, type QrModules } from '../../shared/ui/qr-code';
