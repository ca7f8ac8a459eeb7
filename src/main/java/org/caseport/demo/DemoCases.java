package org.caseport.demo;

import static org.caseport.cases.CaseStatus.ACTIVE;
import static org.caseport.cases.CaseStatus.CLOSED;
import static org.caseport.cases.CaseStatus.ON_HOLD;
import static org.caseport.demo.DemoFirmContent.BILLABLE;
import static org.caseport.demo.DemoFirmContent.CASTLEBRIDGE;
import static org.caseport.demo.DemoFirmContent.DANIEL;
import static org.caseport.demo.DemoFirmContent.ELLISON;
import static org.caseport.demo.DemoFirmContent.FENWICK;
import static org.caseport.demo.DemoFirmContent.HELEN;
import static org.caseport.demo.DemoFirmContent.NORTHGATE;
import static org.caseport.demo.DemoFirmContent.NO_CHARGE;
import static org.caseport.demo.DemoFirmContent.PRIYA;
import static org.caseport.demo.DemoFirmContent.TOM;
import static org.caseport.demo.DemoFirmContent.companyOfInterest;
import static org.caseport.demo.DemoFirmContent.increase;
import static org.caseport.demo.DemoFirmContent.paid;
import static org.caseport.demo.DemoFirmContent.personOfInterest;
import static org.caseport.demo.DemoFirmContent.slip;
import static org.caseport.demo.DemoFirmContent.spend;
import static org.caseport.demo.DemoFirmContent.to;
import static org.caseport.shared.Visibility.CLIENT;
import static org.caseport.shared.Visibility.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import org.caseport.demo.DemoFirmContent.DemoCase;

/**
 * The demo firm's cases, in the order they are opened: one of each common type of work, at every
 * stage of the workflow, with the notes, expenses, payments and subjects an investigator keeps.
 */
final class DemoCases {

    static final List<DemoCase> ALL = List.of(
            new DemoCase(NORTHGATE, "Injury claim — Kevin Hollis (NM-CL-40718)", "Insurance claim",
                    "Claimant reports a back injury from a fall at a retail unit and says he cannot lift or drive "
                            + "for long. Establish his daily activity, any work and his online presence.",
                    DANIEL, List.of(TOM), "4500",
                    List.of(slip(26, DANIEL, "1.5", BILLABLE, INTERNAL, "Read the claim file and the claimant's "
                                    + "statement. Agreed scope with Sarah Whitfield: three days of surveillance "
                                    + "and open-source checks."),
                            slip(25, DANIEL, "2.0", BILLABLE, INTERNAL, "Open-source research. The claimant's "
                                    + "public Strava profile shows three 10 km runs since the date of the fall; "
                                    + "screenshots saved to the file."),
                            slip(19, DANIEL, "8.5", BILLABLE, CLIENT, "Surveillance day 1 from 06:30. Subject left "
                                    + "at 08:10 in the grey Astra, drove to a building site in Gateshead and "
                                    + "carried timber and plasterboard until 15:20. Footage: 37 minutes."),
                            slip(18, TOM, "7.0", BILLABLE, INTERNAL, "Surveillance day 2 as second operative. "
                                    + "Subject stayed home until 13:00, then trained at a gym in Jesmond for "
                                    + "1 h 45 min."),
                            slip(17, DANIEL, "0.5", NO_CHARGE, INTERNAL, "Camera card failed mid-afternoon on day "
                                    + "2; the lost period is not charged."),
                            slip(6, DANIEL, "3.0", BILLABLE, CLIENT, "Interim report to Northgate: activity on both "
                                    + "days does not fit the restrictions claimed. We recommend one weekend day.")),
                    List.of(spend(25, "Database search", "18.00", BILLABLE, INTERNAL,
                                    "Credit-header and electoral-roll search on the claimant"),
                            spend(19, "Mileage", "46.80", BILLABLE, CLIENT, "104 miles at 0.45, surveillance day 1"),
                            spend(18, "Mileage", "41.40", BILLABLE, INTERNAL, "92 miles at 0.45, surveillance day 2"),
                            spend(17, "Equipment", "24.99", NO_CHARGE, INTERNAL,
                                    "Replacement memory card after the failure on day 2")),
                    List.of(paid(20, "1500", "Retainer, Northgate PO 88214")),
                    List.of(personOfInterest("Kevin Hollis", "Kev Hollis\nkevh_runs (Strava)",
                            LocalDate.of(1984, 6, 12),
                            "Claim NM-CL-40718\nNational Insurance QQ 12 34 56 C",
                            "41 Westmoor Terrace, Newcastle NE5 2RB", "07700 900117",
                            "Grey Vauxhall Astra, reg. ND17 KXP",
                            "Claimant. A neighbour says he works cash-in-hand for a builder; not yet confirmed.",
                            CLIENT)),
                    List.of(to(ACTIVE, "Scope and budget agreed with Sarah Whitfield."))),

            new DemoCase(NORTHGATE, "Surveillance — Ryan Doyle back-injury claim", "Surveillance",
                    "Employer's liability claim for a back injury at a warehouse. The claimant says he cannot work "
                            + "or lift his children. Two days of surveillance, then a report.",
                    DANIEL, List.of(), "6000",
                    List.of(slip(38, DANIEL, "1.0", BILLABLE, INTERNAL, "Briefing call with Mark Osei; read the "
                                    + "medical report and the claimant's witness statement."),
                            slip(34, DANIEL, "9.0", BILLABLE, CLIENT, "Surveillance day 1. Subject walked his dog "
                                    + "for 50 minutes, then spent the afternoon washing a van on the drive, bending "
                                    + "and kneeling repeatedly. Footage: 62 minutes."),
                            slip(33, DANIEL, "8.0", BILLABLE, CLIENT, "Surveillance day 2. Subject drove to a "
                                    + "retail park and loaded a flat-pack wardrobe into the van alone. "
                                    + "Footage: 18 minutes."),
                            slip(14, DANIEL, "4.5", BILLABLE, INTERNAL, "Wrote the final report with stills and a "
                                    + "timeline of both days."),
                            slip(13, HELEN, "0.75", NO_CHARGE, INTERNAL, "Reviewed the final report before "
                                    + "release; two small corrections."),
                            slip(12, DANIEL, "0.5", BILLABLE, CLIENT, "Final report and footage link sent to "
                                    + "Mark Osei.")),
                    List.of(spend(34, "Mileage", "63.00", BILLABLE, CLIENT, "140 miles at 0.45, surveillance day 1"),
                            spend(33, "Mileage", "58.50", BILLABLE, CLIENT, "130 miles at 0.45, surveillance day 2"),
                            spend(33, "Parking", "7.50", BILLABLE, INTERNAL, "Retail park, day 2")),
                    List.of(paid(36, "2000", "Retainer, Northgate PO 87990"),
                            paid(8, "84.00", "Final invoice HL-2026-031 settled")),
                    List.of(personOfInterest("Ryan Doyle", null, LocalDate.of(1979, 11, 3),
                            "Claim NM-EL-39552",
                            "7 Larch Close, Sunderland SR3 1JE", "07700 900902",
                            "White Ford Transit Custom, reg. NK68 UYF",
                            "Claimant. Drives the van daily despite the injury he claims.", CLIENT)),
                    List.of(to(ACTIVE, "Instructions received from Mark Osei."),
                            to(CLOSED, "Final report delivered and invoice paid."))),

            new DemoCase(NORTHGATE, "Vehicle theft claim — Audi A6 (NM-MT-41203)", "Insurance claim",
                    "The policyholder reports his Audi stolen from outside his home two weeks after insuring it. "
                            + "Check its ownership and finance history and the policyholder's account.",
                    TOM, List.of(), "1500",
                    List.of(slip(2, TOM, "1.0", BILLABLE, INTERNAL, "Read the claim file; asked Northgate for "
                            + "the policyholder's call recordings.")),
                    List.of(spend(2, "Database search", "12.50", BILLABLE, INTERNAL,
                            "Vehicle history check: finance, write-off and plate changes")),
                    List.of(), List.of(), List.of()),

            new DemoCase(FENWICK, "Asset search — Carver financial remedy proceedings", "Asset search",
                    "Acting for the wife in financial remedy proceedings. The husband has declared modest means; "
                            + "find property, company interests and vehicles he has not disclosed.",
                    PRIYA, List.of(), "3500",
                    List.of(slip(29, PRIYA, "1.0", BILLABLE, INTERNAL, "Call with James Fenwick and Olivia Grant; "
                                    + "received Form E and the list of known accounts."),
                            slip(27, PRIYA, "3.5", BILLABLE, INTERNAL, "Land Registry searches: two properties in "
                                    + "the subject's sole name, one of them a Whitby holiday let missing from "
                                    + "Form E."),
                            slip(21, PRIYA, "4.0", BILLABLE, CLIENT, "Companies House: the subject holds 75% of "
                                    + "Carver Property Holdings Ltd, formed eight months before the separation. "
                                    + "It owns three buy-to-let flats in Scarborough."),
                            slip(20, PRIYA, "0.5", NO_CHARGE, INTERNAL, "Asked Olivia Grant for the date of the "
                                    + "marriage to fix the search window."),
                            slip(8, PRIYA, "2.5", BILLABLE, CLIENT, "Interim findings sent to Fenwick & Rowe with "
                                    + "the title registers and company filings.")),
                    List.of(spend(27, "Land Registry", "21.00", BILLABLE, CLIENT, "Seven title registers at 3.00"),
                            spend(21, "Database search", "35.00", BILLABLE, INTERNAL,
                                    "Director and shareholding report"),
                            spend(20, "Database search", "35.00", NO_CHARGE, INTERNAL,
                                    "Repeat report after a typo in the company number; not charged")),
                    List.of(paid(28, "1750", "Retainer into the firm's client account"),
                            increase(9, "1500", "James Fenwick approved the overseas property searches")),
                    List.of(personOfInterest("Stephen Carver", "Steve Carver",
                                    LocalDate.of(1971, 2, 19), null,
                                    "5 Beech Grove, Harrogate HG1 4LT\nFlat 2, 18 Marine Parade, Whitby YO21 3PR",
                                    "07700 900355", "Black Range Rover Sport, reg. YK71 CVR\n"
                                            + "Sailing dinghy kept at Whitby marina",
                                    "Respondent husband. Form E lists one property only.", CLIENT),
                            companyOfInterest("Carver Property Holdings Ltd", "CPH Lettings",
                                    "Company no. 13579246",
                                    "Registered office: 40 Market Place, Whitby YO21 3BE", "01632 960881",
                                    "Owns three flats in Scarborough; its accounts are overdue.", CLIENT)),
                    List.of(to(ACTIVE, "Retainer received."))),

            new DemoCase(FENWICK, "Witness trace — Hartley v Brookside Developments", "Missing person",
                    "Trace Gary Nolan, the former site foreman whose evidence the claimant needs. Last known at a "
                            + "Doncaster address in 2023.",
                    TOM, List.of(), "1200",
                    List.of(slip(16, TOM, "2.0", BILLABLE, INTERNAL, "Electoral-roll and credit-header searches: "
                                    + "Nolan left Doncaster in 2023; a newer trace points to a Rotherham flat."),
                            slip(12, TOM, "3.0", BILLABLE, CLIENT, "Called at the Rotherham address. A neighbour "
                                    + "confirms Nolan lives there but works on contract in Aberdeen until next "
                                    + "month."),
                            slip(11, TOM, "0.25", NO_CHARGE, INTERNAL, "Left a card for Nolan with our number.")),
                    List.of(spend(16, "Database search", "9.50", BILLABLE, INTERNAL, "Trace report"),
                            spend(12, "Mileage", "32.40", BILLABLE, CLIENT, "72 miles at 0.45, Leeds to Rotherham "
                                    + "and back")),
                    List.of(paid(15, "600", "Retainer")),
                    List.of(personOfInterest("Gary Nolan", "Gaz Nolan", LocalDate.of(1966, 8, 30), null,
                            "Flat 11, Canklow Court, Rotherham S60 2XL\n"
                                    + "84 Balby Road, Doncaster DN4 0JL (until 2023)",
                            "07700 900766", null,
                            "Witness; site foreman at the time of the accident. Working in Aberdeen until next month.",
                            INTERNAL)),
                    List.of(to(ACTIVE, "Instructions confirmed by Olivia Grant."),
                            to(ON_HOLD, "The witness is away until next month; the client asked us to pause."))),

            new DemoCase(FENWICK, "Background check — proposed expert witness", "Background check",
                    "Check the qualifications, professional standing and any past criticism by the courts of an "
                            + "engineering expert before the firm instructs him.",
                    PRIYA, List.of(), "800",
                    List.of(slip(37, PRIYA, "2.5", BILLABLE, INTERNAL, "Confirmed chartered status with the "
                                    + "Institution of Civil Engineers; searched published judgments. One 2019 "
                                    + "judgment is mildly critical of his evidence."),
                            slip(35, PRIYA, "1.5", BILLABLE, CLIENT, "Summary sent to Olivia Grant: qualifications "
                                    + "confirmed, no disciplinary record, one judgment worth reading first.")),
                    List.of(spend(37, "Database search", "25.00", BILLABLE, CLIENT, "Case-law database search")),
                    List.of(paid(30, "405.00", "Invoice HL-2026-024 settled")),
                    List.of(),
                    List.of(to(ACTIVE, "Instructions received by email."),
                            to(CLOSED, "Report delivered; nothing further requested."))),

            new DemoCase(CASTLEBRIDGE, "Due diligence — proposed acquisition of Pennant Freight Ltd",
                    "Due diligence", "Castlebridge plans to buy a regional haulier. Check the company, its "
                            + "directors, litigation, and what customers and former staff say about it.",
                    PRIYA, List.of(DANIEL), "8000",
                    List.of(slip(22, PRIYA, "1.5", BILLABLE, INTERNAL, "Kick-off meeting with Graham Pike; "
                                    + "report due in four weeks."),
                            slip(20, PRIYA, "5.0", BILLABLE, CLIENT, "Corporate records: five years of accounts, "
                                    + "charges and the directors' other companies. One was dissolved in 2017 "
                                    + "owing HMRC."),
                            slip(15, DANIEL, "3.5", BILLABLE, INTERNAL, "Observed the Wellingborough yard: 14 "
                                    + "tractor units on site, not the 22 the sale memorandum lists."),
                            slip(10, PRIYA, "4.0", BILLABLE, INTERNAL, "Discreet interviews with two former "
                                    + "transport managers; both describe late wage payments last winter."),
                            slip(3, PRIYA, "1.0", BILLABLE, CLIENT, "Progress call with Graham Pike. Agreed to add "
                                    + "the operator licence and its public inquiry history.")),
                    List.of(spend(20, "Database search", "48.00", BILLABLE, CLIENT,
                                    "Company and director reports, three entities"),
                            spend(15, "Mileage", "27.90", BILLABLE, INTERNAL, "62 miles at 0.45 to Wellingborough"),
                            spend(10, "Travel", "64.20", BILLABLE, CLIENT, "Off-peak return rail to Peterborough"),
                            spend(10, "Subsistence", "11.40", NO_CHARGE, INTERNAL, "Lunch on the Peterborough trip")),
                    List.of(paid(21, "4000", "Half on instruction, Castlebridge PO 5521")),
                    List.of(companyOfInterest("Pennant Freight Ltd", "Pennant Haulage",
                                    "Company no. 04512378\nOperator licence OF1023456",
                                    "Sanders Lodge Estate, Wellingborough NN8 4BX", "01632 960990",
                                    "Target company. Its fleet is smaller than the sale memorandum says.", CLIENT),
                            personOfInterest("Colin Pennant", null, LocalDate.of(1958, 4, 7),
                                    "Director of Pennant Freight Ltd and two other companies",
                                    "The Old Rectory, Church Lane, Irthlingborough NN9 5SH", "07700 900129",
                                    "Silver Mercedes E-Class, reg. PN19 FRT",
                                    "Founder and majority shareholder.", INTERNAL)),
                    List.of(to(ACTIVE, "Engagement letter signed."))),

            new DemoCase(CASTLEBRIDGE, "Pre-employment screening — Finance Director candidate", "Background check",
                    "Screen the preferred candidate for Finance Director, with her written consent.",
                    PRIYA, List.of(), "650",
                    List.of(slip(32, PRIYA, "2.0", BILLABLE, INTERNAL, "Identity, address history, directorship "
                                    + "and insolvency checks; all clear."),
                            slip(31, PRIYA, "1.0", BILLABLE, INTERNAL, "Confirmed two previous employers by phone; "
                                    + "the dates match the CV."),
                            slip(30, PRIYA, "0.5", BILLABLE, CLIENT, "Screening report sent to Rachel Dunn: no "
                                    + "concerns found.")),
                    List.of(spend(32, "Database search", "22.00", BILLABLE, CLIENT,
                            "Identity, credit and insolvency report")),
                    List.of(paid(25, "354.50", "Invoice HL-2026-027 settled")),
                    List.of(),
                    List.of(to(ACTIVE, "Candidate's consent form received."), to(CLOSED, "Report delivered."))),

            new DemoCase(CASTLEBRIDGE, "Stock losses at the Daventry depot", "Surveillance",
                    "Pallets of electronics go missing from the night shift. Covert observation of the loading "
                            + "bays and enquiries with the security contractor.",
                    DANIEL, List.of(TOM), "5000",
                    List.of(slip(27, DANIEL, "1.5", BILLABLE, INTERNAL, "Walk-round with Leanne Frost; noted the "
                                    + "CCTV blind spots at bays 4 to 6 and took the shift rotas."),
                            slip(24, DANIEL, "10.0", BILLABLE, INTERNAL, "Night observation 21:00-07:00. A white "
                                    + "Luton van without livery backed onto bay 5 at 02:40 for 12 minutes."),
                            slip(23, TOM, "10.0", BILLABLE, INTERNAL, "Second night. The same van returned at 03:05; "
                                    + "a forklift driver in Castlebridge hi-vis met it."),
                            slip(13, DANIEL, "2.0", BILLABLE, CLIENT, "Briefed Graham Pike and Leanne Frost on "
                                    + "both nights and passed on the van's registration."),
                            slip(11, DANIEL, "0.5", NO_CHARGE, INTERNAL, "Graham Pike asked us to pause while the "
                                    + "auditors count stock next week.")),
                    List.of(spend(24, "Equipment", "85.00", BILLABLE, CLIENT, "Night-vision camera hire, two nights"),
                            spend(24, "Mileage", "19.80", BILLABLE, INTERNAL, "44 miles at 0.45, night 1"),
                            spend(23, "Mileage", "19.80", BILLABLE, INTERNAL, "44 miles at 0.45, night 2")),
                    List.of(paid(26, "2500", "Retainer, Castlebridge PO 5490"),
                            increase(14, "2000", "Graham Pike approved two more nights of observation")),
                    List.of(personOfInterest("Unidentified van driver", null, null, null, null, null,
                            "White Luton box van, no livery, reg. FJ66 TXK",
                            "Seen at bay 5 on two nights between 02:30 and 03:15. Keeper enquiry pending.",
                            INTERNAL)),
                    List.of(to(ACTIVE, "Retainer received."),
                            to(ON_HOLD, "Paused at the client's request during the auditors' stock count."))),

            new DemoCase(ELLISON, "Missing person — Lucy Ellison", "Missing person",
                    "Margaret's daughter Lucy stopped answering calls three months ago after moving to "
                            + "Manchester. Police consider her not at risk. Find her and, if she agrees, pass on "
                            + "a message.",
                    TOM, List.of(PRIYA), "2500",
                    List.of(slip(19, TOM, "1.5", BILLABLE, CLIENT, "Met Margaret at home: background, photographs, "
                                    + "Lucy's last address and friends."),
                            slip(17, PRIYA, "3.0", BILLABLE, INTERNAL, "Open sources: Lucy's Instagram is private, "
                                    + "but a friend's public posts place her at a café in Ancoats six weeks ago."),
                            slip(14, TOM, "6.0", BILLABLE, INTERNAL, "Enquiries in Ancoats: café staff recognise "
                                    + "Lucy; she works shifts at a bakery nearby."),
                            slip(9, TOM, "0.5", NO_CHARGE, CLIENT, "Phoned Margaret to explain the next step: we "
                                    + "approach Lucy discreetly and ask whether she agrees to contact."),
                            slip(5, TOM, "2.5", BILLABLE, CLIENT, "Spoke to Lucy after her shift. She is well and "
                                    + "will write to her mother herself; she asked us not to pass on her address.")),
                    List.of(spend(17, "Database search", "12.00", NO_CHARGE, INTERNAL, "Electoral-roll check"),
                            spend(14, "Travel", "23.60", BILLABLE, CLIENT, "Return rail, Harrogate to Manchester"),
                            spend(5, "Travel", "23.60", BILLABLE, CLIENT, "Return rail, Harrogate to Manchester")),
                    List.of(paid(18, "1000", "Retainer by bank transfer")),
                    List.of(personOfInterest("Lucy Ellison", "@lucyellbakes (Instagram)",
                            LocalDate.of(2001, 9, 22), null,
                            "6 Holly Street, Fallowfield, Manchester M14 6PA (moved out)",
                            "07700 900845 (no longer answered)", null,
                            "Found well. She does not want her current address passed on.", CLIENT)),
                    List.of(to(ACTIVE, "Retainer received."))));

    private DemoCases() {
    }
}
