/**
 * Request body limits. Every JSON body is small; the report upload (SERVER-LOG's POST /api/reports)
 * raises its own with Fastify's per-route option: `{ bodyLimit: REPORT_UPLOAD_LIMIT }`.
 */
export const JSON_BODY_LIMIT = 1024 * 1024
export const REPORT_UPLOAD_LIMIT = 100 * 1024 * 1024
