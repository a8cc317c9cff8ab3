"""Builds every document of the third blind set and its gold/*.json (the gold is written by hand in doc_*.py)."""
import doc_blocks_noordkop
import doc_fixed_hoeksche_waard
import doc_kamerbrief_noordoost_brabant
import doc_letter_amersfoort
import doc_lo_drechtsteden
import doc_unruled_foodvalley

for mod in (doc_lo_drechtsteden, doc_fixed_hoeksche_waard, doc_letter_amersfoort, doc_unruled_foodvalley,
            doc_blocks_noordkop, doc_kamerbrief_noordoost_brabant):
    mod.build()
    print("built", mod.STEM)
