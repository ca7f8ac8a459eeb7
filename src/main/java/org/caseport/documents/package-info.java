/**
 * Documents of a case: files staff upload (reports, evidence, correspondence, media), each
 * version fingerprinted with SHA-256 and kept in a {@link org.caseport.documents.DocumentStore},
 * internal until shared. Exposes {@link org.caseport.documents.DocumentService} for uploads,
 * sharing and downloads, {@link org.caseport.documents.DocumentQueries} for lists, version chains
 * and download logs, and {@link org.caseport.documents.PortalDocuments} for what a contact sees and
 * downloads in the portal (shared documents only, as the access policy and their profile allow;
 * every download logged). On a shared document staff and the client's contacts collaborate:
 * {@link org.caseport.documents.DocumentComments} keeps its comment thread, and
 * {@link org.caseport.documents.DocumentRevisions} the revised versions contacts propose where
 * staff allow it, which staff accept into the version chain or reject. Its events
 * ({@link org.caseport.documents.DocumentUploadedInPortal}, {@link org.caseport.documents.DocumentCommented},
 * {@link org.caseport.documents.DocumentRevisionProposed}, {@link org.caseport.documents.DocumentRevisionDecided})
 * are published inside the change's transaction, for the case's notes.
 */
package org.caseport.documents;
