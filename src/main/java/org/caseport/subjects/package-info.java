/**
 * Subjects of a case: the persons and companies of interest an investigation is about, with
 * their aliases, addresses, phones, vehicles and notes, internal until staff share them.
 * Exposes {@link org.caseport.subjects.SubjectService} for changes and {@link
 * org.caseport.subjects.SubjectQueries} for pages.
 */
package org.caseport.subjects;
