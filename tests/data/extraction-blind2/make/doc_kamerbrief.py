"""b2-kamerbrief-regiodeals.pdf: a Kamerbrief from the staatssecretaris van BZK, through LibreOffice.

Commitments in the "ik" form with partners in prose; relative dates ("voor het einde van dit jaar", "na de zomer
van 2027", "in het eerste kwartaal van 2027", "jaarlijks") read against the letter date 6 October 2026; sentences
that only announce what others do.
"""
from docx import Document
from docx.shared import Cm, Pt

from common import A, OUT, write_gold
from doc_unruled import no_borders
from lo import docx_to_pdf

DOC = "b2-kamerbrief-regiodeals"
FILE = DOC + ".pdf"

SIDEBAR = [
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    "Turfmarkt 147",
    "Den Haag",
    "Postbus 20011",
    "2500 EA Den Haag",
    "",
    "Kenmerk",
    "2026-0000561204",
    "",
    "Uw kenmerk",
    "—",
]

BODY = [
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief informeer ik uw Kamer over de voortgang van de Regio Deals en over de Regio Deal "
          "Midden-Holland in het bijzonder. Daarmee geef ik ook invulling aan de toezegging die ik deed in het "
          "commissiedebat Regionaal beleid van 4 juni 2026."),
    ("h", "Voortgang van de Regio Deals"),
    ("p", "In 2025 heeft het kabinet € 200 miljoen beschikbaar gesteld voor de vijfde tranche Regio Deals. "
          "Twaalf regio's hebben een voorstel ingediend; zeven daarvan zijn geselecteerd. De Regio Deals uit de "
          "vierde tranche, waaronder die voor Zeeuws-Vlaanderen en de Achterhoek, zijn inmiddels halverwege hun "
          "looptijd."),
    ("p", "Na de zomer van 2027 stuur ik uw Kamer de tussenevaluatie van de Regio Deals uit de vierde tranche. "
          "Daarin wordt ook gekeken naar de rol van de provincies als mede-ondertekenaar."),
    ("p", "Het Planbureau voor de Leefomgeving publiceert in het najaar van 2027 een nieuwe editie van de "
          "Monitor Brede Welvaart in de regio. Samen met de VNG en het IPO werk ik in 2027 een vaste werkwijze "
          "uit om de effecten van Regio Deals op de brede welvaart te meten, zodat de evaluaties van alle deals "
          "op dezelfde manier kunnen worden gelezen."),
    ("h", "Regio Deal Midden-Holland"),
    ("p", "Midden-Holland kampt met bodemdaling in het veenweidegebied, een verouderde woningvoorraad en een "
          "tekort aan technisch geschoold personeel. De regio heeft daarom gekozen voor drie lijnen: wonen op "
          "slappe bodem, een sterke maakindustrie en een vitaal veenweidegebied."),
    ("p", "In het eerste kwartaal van 2027 onderteken ik samen met de provincie Zuid-Holland en de gemeenten "
          "Gouda, Bodegraven-Reeuwijk, Krimpenerwaard, Waddinxveen en Zuidplas de Regio Deal Midden-Holland. "
          "De provincie Zuid-Holland heeft aangekondigd zelf € 12 miljoen bij te dragen. De gemeente Gouda start "
          "in 2027 met de herontwikkeling van de Spoorzone, los van de Regio Deal."),
    ("p", "Met de minister van LVVN verken ik voor het einde van dit jaar hoe de aanpak van bodemdaling in de "
          "Krimpenerwaard kan aansluiten bij de Regio Deal. Als bij de Voorjaarsnota 2027 extra middelen "
          "beschikbaar komen, zal ik bezien of ook de funderingsproblematiek in Gouda een plaats in de deal kan "
          "krijgen."),
    ("h", "Ondersteuning van regio's"),
    ("p", "Veel regio's geven aan dat het opstellen van een voorstel veel capaciteit vraagt. Samen met de "
          "Rijksdienst voor Ondernemend Nederland (RVO) open ik vanaf 2027 een kennisloket waar regio's terecht "
          "kunnen met vragen over de aanvraag en de verantwoording."),
    ("p", "Ik informeer uw Kamer jaarlijks, bij de voortgangsrapportage Regio Deals, over de besteding van de "
          "middelen per deal. Uiterlijk in het voorjaar van 2028 neem ik een besluit over een zesde tranche."),
    ("p", "Ik hoop dat de regio's hun ervaringen met elkaar blijven delen, zoals zij dat nu al doen in het "
          "netwerk van Regio Deal-secretarissen."),
    ("p", "De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,"),
]


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(9.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.top_margin = Cm(2.0)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(11.5), Cm(5.0)
    lp = left.paragraphs[0]
    lp.add_run("> Retouradres Postbus 20011 2500 EA Den Haag").font.size = Pt(7)
    for s in ["", "Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018",
              "2500 EA  Den Haag", "", "Datum 6 oktober 2026", "Betreft Voortgang Regio Deals en Regio Deal Midden-Holland"]:
        left.add_paragraph(s)
    rp = right.paragraphs[0]
    rp.add_run(SIDEBAR[0]).bold = True
    for s in SIDEBAR[1:]:
        r = right.add_paragraph().add_run(s)
        r.font.size = Pt(7.5)
    d.add_paragraph()
    for kind, s in BODY:
        if kind == "h":
            d.add_paragraph().add_run(s).bold = True
        else:
            d.add_paragraph(s)
    p = OUT / (DOC + ".docx")
    d.save(p)
    docx_to_pdf(p)


PRODUCER = ("python-docx → LibreOffice (make/doc_kamerbrief.py); a Kamerbrief from the staatssecretaris van BZK dated "
            "6 October 2026 with a borderless header table (address block and sidebar); 7 commitments in the 'ik' form, "
            "partners in prose ('samen met de provincie Zuid-Holland en de gemeenten ...', 'Met de minister van LVVN', "
            "'Samen met de VNG en het IPO', 'Samen met de ... (RVO)'); relative and vague dates; 9 non-commitments, "
            "among them announcements of what others do")

BZK = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
ACTIONS = [
    A("", "Na de zomer van 2027 stuur ik uw Kamer de tussenevaluatie van de Regio Deals uit de vierde tranche",
      "Tussenevaluatie Regio Deals vierde tranche naar de Kamer", [BZK], [], 2027, 2027),
    A("", "Samen met de VNG en het IPO werk ik in 2027 een vaste werkwijze uit",
      "Werkwijze om effecten van Regio Deals op brede welvaart te meten", [BZK],
      ["Vereniging van Nederlandse Gemeenten", "Interprovinciaal Overleg"], 2027, 2027),
    A("", "In het eerste kwartaal van 2027 onderteken ik samen met de provincie Zuid-Holland",
      "Regio Deal Midden-Holland ondertekenen", [BZK],
      ["Provincie Zuid-Holland", "Gemeente Gouda", "Gemeente Bodegraven-Reeuwijk", "Gemeente Krimpenerwaard",
       "Gemeente Waddinxveen", "Gemeente Zuidplas"], 2027, 2027),
    A("", "Met de minister van LVVN verken ik voor het einde van dit jaar",
      "Verkenning aansluiting aanpak bodemdaling Krimpenerwaard bij de Regio Deal", [BZK],
      ["Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"], None, 2026),
    A("", "open ik vanaf 2027 een kennisloket",
      "Kennisloket voor regio's", [BZK], ["Rijksdienst voor Ondernemend Nederland"], 2027, None),
    A("", "Ik informeer uw Kamer jaarlijks, bij de voortgangsrapportage Regio Deals",
      "Jaarlijks informeren over besteding per deal", [BZK], [], None, None),
    A("", "Uiterlijk in het voorjaar van 2028 neem ik een besluit over een zesde tranche",
      "Besluit over een zesde tranche Regio Deals", [BZK], [], None, 2028),
]

NOT_COMMITMENTS = [
    "Met deze brief informeer ik uw Kamer over de voortgang van de Regio Deals",
    "In 2025 heeft het kabinet € 200 miljoen beschikbaar gesteld",
    "Twaalf regio's hebben een voorstel ingediend",
    "Het Planbureau voor de Leefomgeving publiceert in het najaar van 2027",
    "Midden-Holland kampt met bodemdaling in het veenweidegebied",
    "De provincie Zuid-Holland heeft aangekondigd zelf € 12 miljoen bij te dragen",
    "De gemeente Gouda start in 2027 met de herontwikkeling van de Spoorzone",
    "Als bij de Voorjaarsnota 2027 extra middelen beschikbaar komen, zal ik bezien",
    "Ik hoop dat de regio's hun ervaringen met elkaar blijven delen",
]


def build_all():
    build()
    write_gold(DOC, FILE, "kamerbrief", PRODUCER, ACTIONS, NOT_COMMITMENTS, letter_date="2026-10-06")


if __name__ == "__main__":
    build_all()
