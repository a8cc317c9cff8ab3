"""Build every document of the second blind set and write its hand-written gold to gold/*.json."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import doc_columnpdf  # noqa: E402
import doc_columntext  # noqa: E402
import doc_kamerbrief  # noqa: E402
import doc_labels  # noqa: E402
import doc_letter  # noqa: E402
import doc_ruled  # noqa: E402
import doc_texttable  # noqa: E402
import doc_unruled  # noqa: E402

if __name__ == "__main__":
    doc_columntext.build()
    doc_columnpdf.build_all()
    doc_unruled.build_all()
    doc_ruled.build_all()
    doc_texttable.build()
    doc_labels.build()
    doc_letter.build()
    doc_kamerbrief.build_all()
    print("built", len(list((Path(__file__).resolve().parent.parent / "gold").glob("*.json"))), "gold files")
