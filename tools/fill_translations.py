"""Fill English translations into a Qt .ts file from a TSV of `Vietnamese<TAB>English` lines."""

import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, tsv_path: str) -> int:
    table = {}
    with open(tsv_path, encoding="utf-8") as handle:
        for line in handle:
            if "\t" in line:
                vietnamese, english = line.rstrip("\n").split("\t", 1)
                table[vietnamese.replace("\\n", "\n")] = english.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue  # not a message lupdate writes
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
