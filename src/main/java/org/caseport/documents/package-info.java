/**
 * Documents of a case: files staff upload (reports, evidence, correspondence, media), each
 * version fingerprinted with SHA-256 and kept in a {@link org.caseport.documents.DocumentStore},
 * internal until shared. Exposes {@link org.caseport.documents.DocumentService} for uploads,
 * sharing and downloads, {@link org.caseport.documents.DocumentQueries} for lists and download logs,
 * and {@link org.caseport.documents.PortalDocuments} for what a contact sees and downloads in the
 * portal (shared documents only, as the access policy and their profile allow; every download logged).
 */
package org.caseport.documents;
