#!/usr/bin/env python3
"""Writes the starter content (taken from /work/shared/seeds and the former footer pages) to uSync/content/.
Run once, then `dotnet run --project src/PledgeSite.Web -- usync-import` and `-- usync-export` normalise the files.
Kept for the record of where each page's words came from; edit the content in the back office from now on."""
import json, os, uuid

NS = uuid.UUID("5a1f2b0e-6d2c-4c4e-9a51-3f0d7c2b9e10")
def key(name): return str(uuid.uuid5(NS, name))
PUBLISHED = "2026-11-24T09:00:00Z"
ROOT = os.path.join(os.path.dirname(__file__), "..", "uSync", "content")
os.makedirs(ROOT, exist_ok=True)
HOME = key("home")

def item(name, ctype, slug, parent, sort, nav, themes, summary, body, meta):
    k = key(slug)
    text = {"title": name, "summary": summary, "bodyHtml": body.strip().split("\n"), "metaDescription": meta,
            "heroAltText": "", "venue": "", "accessibilityInformation": ""}
    doc = {"key": k, "type": ctype, "name": name, "slug": slug, "parentKey": parent, "sortOrder": sort,
           "showInNavigation": nav, "themes": sorted(themes), "heroMediaKey": None, "socialImageMediaKey": None,
           "eventStartUtc": None, "eventEndUtc": None, "bookingUrl": None, "trashedUtc": None,
           "variants": [{"culture": "en-GB", "draft": text, "published": text, "publishedUtc": PUBLISHED,
                         "publishAtUtc": None, "unpublishAtUtc": None}]}
    with open(os.path.join(ROOT, k + ".json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return k

VISION = ("Tower Hamlets is an anti-racist borough where organisations work together to make radical changes that close "
          "inequality gaps by advancing opportunities and ensure the experience of racism within structures and institutions is eradicated.")

# Home: the pledge's purpose (action plan R1.A and R1.D, seed 001) and the vision (seed 000).
home = item("Tower Hamlets Anti-Racist Pledge", "Home", "home", None, 0, False, [],
    "Organisations in Tower Hamlets sign the Anti-Racist Pledge, set their own targets and report progress publicly.",
    f"""
<p>{VISION}</p>
<p>Organisations in the borough sign the pledge with their own commitments and measurable targets, and report their progress in public every year.</p>
<h2>Why there is a pledge</h2>
<p>The Tower Hamlets Black, Asian and Minority Ethnic Inequalities Commission asked organisations in the borough, especially those in the strategic partnership and those that work with the council, to sign up to a shared commitment on race equality and to deliver the commitments in the Commission’s recommendations.</p>
<p>The pledge brings organisations together to support each other, and makes their commitments and progress open to everyone.</p>
<p>Organisations that sign set ambitious targets for tackling inequalities, which deliver real change and progress year on year. They monitor their progress and report it publicly.</p>
<p>A local award scheme recognises good practice by organisations and individuals.</p>
<h2>Find out more</h2>
<ul>
<li><a href="/vision">Our vision and the four themes</a></li>
<li><a href="/signatories">Organisations that have signed</a></li>
<li><a href="/action-plan">The council’s action plan and its progress</a></li>
<li><a href="/i-can-be">‘I can be’: role models and leadership opportunities</a></li>
<li><a href="/awards">Recognition awards</a></li>
<li><a href="/tower-hamlets-plan">The Tower Hamlets Plan</a></li>
<li><a href="/sharing-practice">How the council is sharing its anti-racist practice</a></li>
</ul>
""", "Organisations in Tower Hamlets sign the Anti-Racist Pledge, set their own targets and report progress publicly.")

# The vision and key deliverables (seed 000, Appendix 1; outcomes as in seed 001).
item("Our vision", "ContentPage", "vision", HOME, 1, True, [],
    "An anti-racist borough where organisations work together to close inequality gaps.",
    f"""
<p>{VISION}</p>
<p>The Tower Hamlets Black, Asian and Minority Ethnic Inequalities Commission action plan works towards this vision through four themes. These are its key deliverables.</p>
<h2>Anti-Racist Borough</h2>
<p><strong>Outcome:</strong> race inequality is discussed and addressed at all levels of the organisation and with our partners.</p>
<p><strong>Action:</strong> the council will deliver a range of initiatives to transform and strengthen the organisational culture around race inequality, including an anti-racism education programme for all staff, a cultural leadership programme for managers, and a leadership development programme for Black, Asian and Minority Ethnic staff.</p>
<h2>Community Leadership</h2>
<p><strong>Outcome:</strong> more residents from Black, Asian and Minority Ethnic backgrounds are in community leadership roles.</p>
<p><strong>Action:</strong> deliver a tailored leadership programme for Black, Asian and Minority Ethnic residents, with training, mentoring and shadowing, which gives them the skills to influence local policy and service delivery.</p>
<h2>Health</h2>
<p><strong>Outcome:</strong> improved access to health and care services for Black, Asian and Minority Ethnic residents.</p>
<p><strong>Action:</strong> improve access to services by tackling digital exclusion, learning lessons from the approaches taken during COVID-19, and developing anti-racist practice that meets the cultural needs of patients.</p>
<h2>Education and Employment</h2>
<p><strong>Outcomes:</strong> Black, Asian and Minority Ethnic children and young people are more confident going into the job market and access jobs that meet their educational attainment; and there are more Black, Asian and Minority Ethnic staff in senior roles in organisations in Tower Hamlets.</p>
<p><strong>Actions:</strong></p>
<ul>
<li>raise the aspirations of Black, Asian and Minority Ethnic young people and increase their employability skills and social capital, through a two-year mentoring programme, a summer school programme and targeted support for 800 children and young people at risk of not being in education, employment or training</li>
<li>create a Leaders Forum that makes the most of the opportunities of Canary Wharf and the City of London, working across the partnership to develop a leadership programme that supports Black, Asian and Minority Ethnic residents to move into senior positions in different sectors</li>
</ul>
<p>Read the <a href="/action-plan">full action plan and its progress</a>.</p>
""", "The vision of the Tower Hamlets Anti-Racist Pledge and the key deliverables of the action plan.")

# The four themes with their outcomes (seed 001). Slugs are the fixed theme slugs; shown on /themes/{slug}.
THEMES = [
    ("Anti-Racist Borough", "anti-racist-borough", [
        "Race inequality is discussed and addressed at all levels of the organisation and with our partners.",
        "There is good understanding of what it means to be an anti-racist organisation at all levels of the council.",
        "The council has more senior leaders from Black, Asian and Minority Ethnic backgrounds.",
        "Partners delivering services for the council are addressing race inequality in their organisation and service delivery."]),
    ("Community Leadership", "community-leadership", [
        "Black, Asian and Minority Ethnic leaders from the voluntary and community sector are actively influencing local policy and service delivery.",
        "More residents from Black, Asian and Minority Ethnic backgrounds are in community leadership roles.",
        "Greater awareness and access for Black, Asian and Minority Ethnic residents to community leadership roles.",
        "Clear and visible role models that inspire more Black, Asian and Minority Ethnic residents to be active in their community."]),
    ("Health", "health", [
        "Improved access to health and care services for Black, Asian and Minority Ethnic residents.",
        "Leaders in health and social care champion and actively address health inequalities faced by Black, Asian and Minority Ethnic residents.",
        "Better representation of Black, Asian and Minority Ethnic staff at all levels in health services.",
        "Black, Asian and Minority Ethnic residents are meaningfully involved and engaged in the design and delivery of health services.",
        "Health and wellbeing key messages reach Black, Asian and Minority Ethnic residents and deliver intended outcomes."]),
    ("Education & Employment", "education-and-employment", [
        "Black, Asian and Minority Ethnic children and young people are more confident going into the job market and access jobs that meet their educational attainment.",
        "Schools leadership includes more senior staff and governors from Black, Asian and Minority Ethnic communities.",
        "Increase employment rates amongst Black, Asian and Minority Ethnic residents.",
        "Increase in number of Black, Asian and Minority Ethnic staff in senior roles in organisations in Tower Hamlets."]),
]
for i, (name, slug, outcomes) in enumerate(THEMES):
    lis = "\n".join(f"<li>{o}</li>" for o in outcomes).replace("&", "&amp;")
    item(name, "ThemeContent", slug, None, 10 + i, False, [slug], outcomes[0],
        f"""
<p>These are the outcomes the Tower Hamlets Black, Asian and Minority Ethnic Inequalities Commission action plan sets for the {name.replace('&', '&amp;')} theme.</p>
<h2>Outcomes</h2>
<ul>
{lis}
</ul>
""", f"{name}: the outcomes of the Tower Hamlets race inequalities action plan for this theme.")

# The Tower Hamlets Plan (seed 004), edited into web content.
item("The Tower Hamlets Plan", "ContentPage", "tower-hamlets-plan", HOME, 2, True, [],
    "The borough's shared plan: tackling inequality by building a strong, inclusive and fair borough.",
    """
<p>The Tower Hamlets Plan sets out the shared vision of the Tower Hamlets Partnership for the future of the borough. The partnership brings together the council, the NHS, education institutions, the police and fire service, housing associations, businesses, faith leaders and community groups.</p>
<p>Its key objective is tackling inequality by building a strong, inclusive and fair borough. The Anti-Racist Pledge is part of that work.</p>
<h2>A borough of opportunity</h2>
<p>Tower Hamlets is one of the most dynamic, exciting and diverse places in the country, with a rich history. People who contributed to the plan spoke of its “many rich histories”.</p>
<ul>
<li>There are more jobs in the borough than working-age residents.</li>
<li>It is the fourth youngest borough in the UK: almost half of residents (47%) are aged 20 to 39.</li>
<li>137 languages are spoken in its schools alone, and 86% of residents feel that people from different backgrounds get on well together.</li>
<li>More affordable homes are built here than anywhere else in the country.</li>
</ul>
<h2>A borough of contrasts</h2>
<p>Tower Hamlets is also a place of contrasts, where a thriving economy exists alongside high levels of poverty. Many people do not benefit from the economic opportunities around them.</p>
<ul>
<li>An estimated 4 in 10 households live below the poverty line after housing costs.</li>
<li>The borough is the tenth most deprived local authority in England, with the highest levels of pensioner poverty and child poverty in England.</li>
<li>Improvements in education do not always lead to better opportunities in the jobs market, and too few young people go on to the best universities and top jobs.</li>
</ul>
<p>Residents say they get on well together, but often feel they are living parallel lives. Many want to be active in their community but find it hard to overcome the barriers to doing so.</p>
<h2>The four themes</h2>
<h3>A better deal for children and young people: aspiration, education and skills</h3>
<p>Helping children and young people do well at school and reach their full potential, whether through work, an apprenticeship or higher education, and supporting them outside education too.</p>
<h3>Good jobs and employment</h3>
<p>Helping residents benefit from the growth in jobs around them, with employers practising inclusive recruitment, responsible employment and fair access to jobs.</p>
<h3>Strong, resilient and safe communities</h3>
<p>Preventing crime, building bridges between different parts of the community and tackling social isolation.</p>
<h3>Better health and well-being</h3>
<p>Joined-up health and care services that put people at the centre, and tackling health inequalities through prevention, early intervention and working with communities.</p>
<h2>A whole-system approach</h2>
<p>The partners commit to:</p>
<ul>
<li>focusing on outcomes and assets, rather than organisations, services or processes</li>
<li>improving outcomes and managing demand by intervening early</li>
<li>working together to provide more integrated services that respond to the complexity of people’s needs</li>
</ul>
<p>Public services cannot do this alone. Responsible businesses, a thriving voluntary sector and residents themselves all have a part to play.</p>
""", "The Tower Hamlets Plan: the partnership's shared vision for tackling inequality in the borough.")

# Sharing practice (seed 003), edited.
item("Anti-racist work in Tower Hamlets: sharing practice", "ContentPage", "sharing-practice", HOME, 3, True, [],
    "How the council has reappraised disproportionality and anti-racist practice since 2020.",
    """
<p>As in many local authorities, the murder of George Floyd in 2020 and the growth of the Black Lives Matter movement led to a major reappraisal of disproportionality and anti-racist practice in Tower Hamlets.</p>
<h2>A whole-council approach</h2>
<p>The council’s approach has come together around the Black, Asian and Minority Ethnic Commission, chaired by the Deputy Mayor. The Commission gathered evidence on three themes: leadership, education and health.</p>
<p>The approach is notable for its direct conversations and careful use of language. Earlier references to ‘inequalities’, and relatively safe action plans designed by white people, may be part of the reason outcomes remain disproportionate. There is now a blunter recognition of systemic racism and discrimination, and a willingness to take strong, often difficult, action to address them.</p>
<h2>Working with staff</h2>
<p>A Corporate Equalities Board, chaired by the Chief Executive, works formally with staff networks on recruitment, development, progression and the experience of the workforce. Staff have said there has been some good thinking, but they want faster movement and change.</p>
<p>Children’s Services have their own Equalities Group, and have run listening circles across all staff teams and service areas, in line with the service’s restorative approach. Every team has held at least two. They gave space for feelings and difficult discussions, including a challenge from Black, Asian and Minority Ethnic staff that racism and disproportionality is a white problem which their white colleagues need to understand and own.</p>
<h2>Training</h2>
<p>The training and induction offer for staff was redesigned in summer 2020, after a review of the existing anti-racist training. There is now a specific training offer on Black Lives Matter, with an underlying theme of how the experiences of the workforce and of the people who use services interact. Children’s and Adult Services have joined up their approaches, including holding a joint conference.</p>
<h2>Better data</h2>
<p>Where data is available, such as in youth justice, it is easier to act, and there is a clear and specific action plan. The way data is gathered and evaluated is being reconsidered, to understand outcomes by race across all stages of statutory and early help services. The data needs local detail: for example, the experience of the borough’s significant Somali population is not the same as that of a wider ‘black’ category.</p>
<h2>Schools</h2>
<p>A strategy addresses the significant under-representation of Black, Asian and Minority Ethnic leaders and governors in Tower Hamlets schools. A middle leaders programme for schools has been developed, and this work carries through into children’s experience of exclusions, attainment and the curriculum.</p>
<h2>What comes next</h2>
<p>The events of 2020 focused minds on how deep the change must be to reverse embedded disproportionality and racism. Intentions must become outcomes and lived experiences for families and the workforce.</p>
""", "How Tower Hamlets council has reappraised disproportionality and anti-racist practice since 2020.")

# The footer pages, moved from src/PledgeSite.Web/Pages/Site/*.cshtml.
item("Accessibility statement", "ContentPage", "accessibility", HOME, 20, False, [],
    "How accessible this website is and how to report a problem.",
    """
<p>This statement applies to the Tower Hamlets Anti-Racist Pledge website. The London Borough of Tower Hamlets runs it. We want as many people as possible to be able to use it. For example, that means you should be able to:</p>
<ul>
<li>change colours, contrast levels and fonts using browser or device settings</li>
<li>zoom in up to 400% without the text spilling off the screen</li>
<li>navigate most of the website using a keyboard or speech recognition software</li>
<li>listen to most of the website using a screen reader</li>
<li>use every page and form with JavaScript turned off</li>
</ul>
<h2>How accessible this website is</h2>
<p>We test every public page and form in a real browser with automated accessibility checks against the Web Content Accessibility Guidelines (WCAG) 2.2 level AA, with and without JavaScript. Automated checks do not find every problem; if you find one, please tell us.</p>
<h2>Reporting accessibility problems and asking for another format</h2>
<p>If you need information on this website in a different format, such as accessible PDF, large print, easy read, audio recording or braille, or you find a problem, <a href="/contact">contact us</a>. We will reply within 10 working days.</p>
<h2>Enforcement procedure</h2>
<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).</p>
<h2>Compliance status</h2>
<p>This website is designed to be fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.</p>
""", "Accessibility statement for the Tower Hamlets Anti-Racist Pledge website.")

item("Privacy notice", "ContentPage", "privacy", HOME, 21, False, [],
    "What personal information this website collects, why, and your rights.",
    """
<p>The London Borough of Tower Hamlets is the data controller for the personal information collected through this website.</p>
<h2>What we collect and why</h2>
<ul>
<li><strong>When your organisation signs the pledge:</strong> the names, job titles, email addresses and phone numbers of the contact person and the senior sponsor. We use them to confirm the pledge, review it, remind you when a progress report is due and contact you about it. We never publish them.</li>
<li><strong>When you nominate someone for an award:</strong> your name and contact details, and those of the person you nominate. Judges do not see your details. We delete them after the awards cycle ends, keeping only anonymous counts.</li>
<li><strong>When a supplier makes a declaration:</strong> the name and role of the accountable person, kept with the contract record.</li>
<li><strong>When you suggest a role model:</strong> your contact details and theirs, so an editor can ask for their consent before anything is published.</li>
</ul>
<h2>Our lawful basis</h2>
<p>We process this information to carry out a task in the public interest: the council’s duties under the Equality Act 2010, including the public sector equality duty, and its race inequalities action plan.</p>
<h2>How long we keep it</h2>
<p>Contact details for a pledge are kept while the pledge is active. When a pledge is withdrawn, personal details are removed after the retention period set by the council. Award nominators’ details are deleted after the cycle’s retention period.</p>
<h2>Your rights</h2>
<p>You can ask to see, correct or delete the information we hold about you. <a href="/contact">Contact us</a> or the council’s Data Protection Officer. You can complain to the Information Commissioner’s Office.</p>
""", "Privacy notice for the Tower Hamlets Anti-Racist Pledge website.")

item("Cookies", "ContentPage", "cookies", HOME, 22, False, [],
    "The cookies this website uses.",
    """
<p>Cookies are small files saved on your phone, tablet or computer when you visit a website. This website only uses cookies that are essential for it to work, so we do not ask for your consent to use them.</p>
<table>
<caption>Essential cookies</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Expires</th></tr></thead>
<tbody>
<tr><td>.PledgeSite.Antiforgery</td><td>Protects forms from being submitted by other websites</td><td>When you close your browser</td></tr>
<tr><td>.PledgeSite.Signatory</td><td>Keeps your organisation signed in to manage its pledge</td><td>After 1 hour of inactivity</td></tr>
<tr><td>.PledgeSite.Staff</td><td>Keeps council staff signed in to the back office</td><td>After 8 hours</td></tr>
</tbody>
</table>
<p>We do not use analytics or advertising cookies.</p>
""", "The cookies the Tower Hamlets Anti-Racist Pledge website uses.")

item("Contact us", "ContentPage", "contact", HOME, 23, False, [],
    "How to contact the Anti-Racist Pledge team.",
    """
<p>The Anti-Racist Pledge is run by the London Borough of Tower Hamlets with the borough’s Race Equality Network.</p>
<h2>Email</h2>
<p><a href="mailto:antiracistpledge@towerhamlets.gov.uk">antiracistpledge@towerhamlets.gov.uk</a></p>
<p>We aim to reply within 10 working days.</p>
<h2>Post</h2>
<p>Anti-Racist Pledge team<br>London Borough of Tower Hamlets<br>Town Hall, 160 Whitechapel Road<br>London<br>E1 1BJ</p>
""", "How to contact the Tower Hamlets Anti-Racist Pledge team.")
print("written to", os.path.abspath(ROOT))
