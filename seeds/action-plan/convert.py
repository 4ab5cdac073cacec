#!/usr/bin/env python3
"""Converts the council's action-plan tables (seeds 001 and 002, text exported from Word/Excel) into the
tab-separated files beside this script. Re-run it when the seed files change:

    python3 seeds/action-plan/convert.py /work/shared/seeds/001_*.txt /work/shared/seeds/002_*.txt

The wording of every cell is kept as it is in the seeds (only runs of spaces are collapsed and cells trimmed).
Dates are NOT interpreted here: the site parses them on import and keeps this wording beside the parsed date.
The script stops with an error on any line it cannot place, so nothing is dropped silently.
"""
import re
import sys
from pathlib import Path

THEMES = [  # (slug, name as in the seeds' headings, alternative headings)
    ("anti-racist-borough", "Anti-Racist Borough", []),
    ("community-leadership", "Community Leadership", []),
    ("health", "Health", []),
    ("education-and-employment", "Education & Employment", ["Education and Employment"]),
]

# Recommendation titles. Several headings run the title and the description together in one cell
# ("R1.D. Targets Organisations signing up ..."), so the split is curated here and checked against the seed.
TITLES = {
    "R1.A": "Race Equality Pledge", "R1.B": "Race Equality Network", "R1.C": "Targeted Interventions",
    "R1.D": "Targets", "R1.E": "Data", "R1.F": "Influence",
    "R.2": "Organisational Culture", "R.3": "Training, Development and Peer Support", "R.4": "Role Models and Allies",
    "R.5": "Awareness", "R.6": "Digital Exclusion", "R.7": "Campaign and Social Determinants",
    "R.8": "Hostile Environment", "R.9": "Partnership", "R.10": "Representation", "R.11": "Research",
    "R.12": "Clinical Training", "R.13": "Co-designed Services", "R.14": "Communication",
    "R.15": "Engage Canary Wharf & City of London", "R.16": "Testing & Assessment", "R.17": "Awareness",
    "R.18": "Bursary Scheme", "R.19": "Leadership and Development", "R.20": "Recruitment Processes",
    "R.21": "Representation", "R.22": "Diversity in Schools", "R.23": "Safe Space",
}

# Seed 001 gives R.15 (engage Canary Wharf & City of London) no rows of its own: its heading is followed at once by
# R.16's, so the leaders' forum actions sit under R.16. Read against the recommendations, the forum (organisations in
# Canary Wharf and City of London on representation in senior positions and systemic barriers) answers R.15; only the
# mock recruitment programme (001:159, "the interview, testing and assessment process") answers R.16, testing and
# assessment. These rows move to R.15, keeping their order and their source line.
R15_FROM_R16 = {"001:156", "001:157", "001:158", "001:160", "001:161", "001:162"}

HEADING = re.compile(r"^(R1\.[A-F]|R\.\d{1,2})\.\s*(.*)$")


def clean(cell):
    return re.sub(r"[ \u00a0]+", " ", cell).strip()


def cells(line):
    """The cells of a table row: action, resource, start, due, owner[, progress, rag]. Some rows of seed 001
    (R.9 to R.12) carry an extra empty column after the resource, left by a merged cell; it is dropped."""
    parts = [clean(c) for c in line.rstrip("\n").split("\t")]
    if len(parts) == 6 and parts[2] == "" and not any(p for p in parts[5:6] if p.startswith("Progress")):
        parts = parts[:2] + parts[3:]
    return parts


def parse(path, with_progress):
    themes = {slug: {"slug": slug, "name": name, "outcomes": []} for slug, name, _ in THEMES}
    names = {}
    for slug, name, alternatives in THEMES:
        for n in [name, name.replace("-", " "), *alternatives]:
            names[n] = slug
    recommendations, actions = [], []
    theme = rec = None
    in_outcomes = False
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        row = cells(raw)
        first = row[0]
        rest = [c for c in row[1:] if c]
        where = f"{Path(path).name[:3]}:{number}"
        if not first and not rest:
            continue
        if set(first) <= set("-") and all(set(c) <= set("-") for c in rest):
            continue  # a table rule ("--\t-----") left by the export
        if first in names and not rest:
            theme, rec, in_outcomes = names[first], None, False
            continue
        if theme is None:
            continue  # the title page: vision, appendix number, theme boxes
        if first == "Outcomes:":
            in_outcomes = True
            continue
        if first == "Action" and row[1:2] == ["Resource"]:
            in_outcomes = False
            continue
        if in_outcomes:
            text = re.sub(r"^(?:-|\u2192)\s*", "", first)
            themes[theme]["outcomes"].append({"text": text, "source": where})
            continue
        heading = HEADING.match(first)
        if heading and not rest:
            code, text = heading.groups()
            title = TITLES[code]
            if not text.startswith(title):
                sys.exit(f"{where}: heading of {code} does not start with the curated title '{title}': {text!r}")
            rec = {"code": code, "theme": theme, "title": title, "description": clean(text[len(title):]),
                   "source": where, "actions": []}
            recommendations.append(rec)
            continue
        if rec is None:
            sys.exit(f"{where}: a row before any recommendation: {raw!r}")
        if not rest and not rec["description"] and not rec["actions"]:
            rec["description"] = first
            continue
        if not rest:
            sys.exit(f"{where}: a row with only text after the description of {rec['code']}: {first[:60]!r}")
        width = 7 if with_progress else 5
        row = (row + [""] * width)[:width]
        if any(row[width:]):
            sys.exit(f"{where}: more cells than expected: {raw!r}")
        action = {"text": row[0], "resource": row[1], "start": row[2], "due": row[3], "owner": row[4],
                  "progress": row[5] if with_progress else "", "rag": row[6] if with_progress else "", "source": where}
        rec["actions"].append(action)
    return themes, recommendations


def same(a, b):
    return re.sub(r"\s+", " ", a).strip().lower() == re.sub(r"\s+", " ", b).strip().lower()


def main(plan_path, update_path):
    out = Path(__file__).parent
    themes, recs = parse(plan_path, with_progress=False)
    _, updated = parse(update_path, with_progress=True)
    by_code = {r["code"]: r for r in recs}
    moved = [a for a in by_code["R.16"]["actions"] if a["source"] in R15_FROM_R16]
    if len(moved) != len(R15_FROM_R16) or by_code["R.15"]["actions"]:
        sys.exit("R.15 / R.16: the seed no longer has the rows this script moves; check R15_FROM_R16")
    by_code["R.15"]["actions"] = moved
    by_code["R.16"]["actions"] = [a for a in by_code["R.16"]["actions"] if a["source"] not in R15_FROM_R16]
    notes = []
    # Seed 002 is the progress report for the Health theme: the same rows with a progress update and,
    # where it changed, a revised due date. Rows are matched by position and their text checked.
    for urec in updated:
        rec = by_code[urec["code"]]
        if len(urec["actions"]) != len(rec["actions"]):
            sys.exit(f"{urec['code']}: {len(rec['actions'])} actions in the plan, {len(urec['actions'])} in the update")
        for a, u in zip(rec["actions"], urec["actions"]):
            if not same(a["text"], u["text"]):
                sys.exit(f"{urec['code']}: action text differs between plan and update at {a['source']} / {u['source']}")
            for key in ("resource", "owner", "start"):
                if not same(a[key], u[key]):
                    notes.append(f"{a['source']}: {key} differs in the update ({u['source']}): {a[key]!r} / {u[key]!r}")
            a["due_revised"] = u["due"] if u["due"] != a["due"] else ""
            a["progress"], a["rag"] = u["progress"], u["rag"]
            a["source"] += " " + u["source"]

    def write(name, header, rows):
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            f.write("\t".join(header) + "\n")
            for r in rows:
                for v in r:
                    if "\t" in v or "\n" in v:
                        sys.exit(f"{name}: a cell holds a tab or line break: {v[:60]!r}")
                f.write("\t".join(r) + "\n")

    write("themes.tsv", ["slug", "name", "order"],
          [[slug, name, str(i + 1)] for i, (slug, name, _) in enumerate(THEMES)])
    write("outcomes.tsv", ["theme", "order", "outcome", "source"],
          [[slug, str(i + 1), o["text"], o["source"]] for slug in themes for i, o in enumerate(themes[slug]["outcomes"])])
    write("recommendations.tsv", ["code", "theme", "order", "title", "description", "source"],
          [[r["code"], r["theme"], str(i + 1), r["title"], r["description"], r["source"]] for i, r in enumerate(recs)])
    write("actions.tsv", ["recommendation", "order", "action", "resource", "start", "due", "due_revised", "owner",
                          "progress_update", "rag", "source"],
          [[r["code"], str(i + 1), a["text"], a["resource"], a["start"], a["due"], a.get("due_revised", ""), a["owner"],
            a["progress"], a["rag"], a["source"]] for r in recs for i, a in enumerate(r["actions"])])
    for note in notes:
        print("note:", note)
    counts = {slug: sum(len(r["actions"]) for r in recs if r["theme"] == slug) for slug in themes}
    print(f"{len(recs)} recommendations, {sum(counts.values())} actions:", counts)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
