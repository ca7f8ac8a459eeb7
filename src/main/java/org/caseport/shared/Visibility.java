package org.caseport.shared;

/** Who may see a case item: the firm only (the default), or also the client's portal. */
public enum Visibility {
    INTERNAL, CLIENT
}
