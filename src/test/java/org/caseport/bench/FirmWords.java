package org.caseport.bench;

import java.util.SplittableRandom;

/** The words a generated firm is written in: names, case titles, note and expense texts. */
final class FirmWords {

    static final String[] FIRST_NAMES = {"Alice", "Ben", "Chloe", "Daniel", "Emma", "Farid", "Grace", "Hugo",
        "Isla", "James", "Kemi", "Liam", "Maya", "Noah", "Olivia", "Priya", "Quentin", "Rosa", "Sam", "Tara",
        "Umar", "Vera", "Will", "Xena", "Yusuf", "Zoe", "Aaron", "Bella", "Callum", "Dana", "Ethan", "Fiona"};

    static final String[] SURNAMES = {"Abbott", "Bailey", "Carver", "Dawson", "Ellison", "Fenwick", "Garner",
        "Hollis", "Ingram", "Jarvis", "Keane", "Lowther", "Marsh", "Nolan", "Okafor", "Pryce", "Quayle", "Raman",
        "Sutton", "Thorne", "Upton", "Vance", "Whitfield", "Yates", "Ashdown", "Brennan", "Colby", "Draper",
        "Easton", "Farrow", "Gough", "Hartley", "Irwin", "Judd", "Kershaw", "Lacey", "Mercer", "Norbury", "Oakes",
        "Pickering", "Radley", "Sheridan", "Tolley", "Varley", "Wragg", "Ackroyd", "Blakey", "Crowther", "Denton",
        "Eastwood", "Fairclough", "Grimshaw", "Haworth", "Illingworth", "Jowett", "Kitson", "Lumb", "Murgatroyd",
        "Nuttall", "Ormerod", "Pilling", "Riley", "Sugden", "Tattersall", "Uttley", "Walmsley", "Whiteley",
        "Brook", "Chadwick", "Dyson", "Firth", "Greenwood", "Holroyd", "Jagger", "Kaye", "Longbottom", "Moorhouse"};

    static final String[] COMPANY_WORDS = {"Northgate", "Castlebridge", "Harbour", "Meridian", "Pennine", "Sterling",
        "Oakfield", "Riverside", "Summit", "Keystone", "Beacon", "Crown", "Granite", "Lakeside", "Westmoor"};

    static final String[] COMPANY_KINDS = {"Mutual", "Insurance", "Logistics", "Holdings", "Legal LLP", "Retail",
        "Construction", "Haulage", "Property", "Partners"};

    static final String[] CASE_TYPES = {"Insurance claim", "Background check", "Surveillance", "Due diligence",
        "Asset trace", "Employee misconduct", "Process serving", "Missing person", "Fraud review"};

    static final String[] NOTE_TEXTS = {
        "Surveillance at the subject's address from 07:00; no movement until 09:40.",
        "Called the claimant's former employer; HR will confirm dates in writing.",
        "Searched the company register and the insolvency index; nothing adverse found.",
        "Reviewed the CCTV footage supplied by the client, timestamps checked against the claim.",
        "Subject drove to the retail park, loaded heavy boxes into the vehicle unaided.",
        "Drafted the interim report and sent it for review.",
        "Land registry search: the property was transferred to a relative last spring.",
        "Interviewed the neighbour, who confirmed the subject works nights at the depot.",
        "Court records requested; the clerk expects to reply within ten working days.",
        "Social media review: public posts show the subject at a football match on the date in question.",
        "Telephone conference with the client about scope and the remaining budget.",
        "Served the documents at 18:20, personal service, photograph taken.",
        "Vehicle check: the registration belongs to a leasing company, enquiry sent.",
        "Collated the evidence bundle and numbered the exhibits.",
        "Travelled to the site office; the manager was unavailable, will return Thursday."};

    static final String[] EXPENSE_CATEGORIES = {"Mileage", "Database search", "Travel", "Accommodation",
        "Court fees", "Equipment", "Subsistence"};

    static final String[] DOCUMENT_TITLES = {"Surveillance log", "Interim report", "Final report", "Witness statement",
        "Photographs", "Company search", "Land registry extract", "Letter of instruction", "Video footage",
        "Invoice", "Court filing", "Evidence bundle"};

    static final String[] CONTENT_TYPES = {"application/pdf", "image/jpeg", "video/mp4", "text/plain",
        "application/pdf", "image/png"};

    static final String[] TASK_TITLES = {"Surveillance scheduled", "Court records requested, awaiting reply",
        "Interview the witness", "Send the interim report", "Serve the documents", "Check the vehicle records",
        "Review new footage", "Agree the next steps with the client"};

    private FirmWords() {
    }

    static String pick(String[] words, SplittableRandom random) {
        return words[random.nextInt(words.length)];
    }

    static String personName(SplittableRandom random) {
        return pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random);
    }

    static String companyName(SplittableRandom random) {
        return pick(COMPANY_WORDS, random) + " " + pick(COMPANY_KINDS, random);
    }
}
