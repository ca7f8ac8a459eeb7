/**
 * Documents of a case: files staff upload (reports, evidence, correspondence, media), each
 * version fingerprinted with SHA-256 and kept in a {@link org.caseport.documents.DocumentStore},
 * internal until shared. Exposes {@link org.caseport.documents.DocumentService} for uploads,
 * sharing and downloads, and {@link org.caseport.documents.DocumentQueries} for lists.
 */
package org.caseport.documents;
