"""b3-kamerbrief-noordoost-brabant.pdf: a Kamerbrief from the minister van LVVN (python-docx -> soffice) with the
ministry in the page header, a label column for Datum/Betreft, commitments as "ik" / "het kabinet"."""
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

from common import ROOT, action, docx_to_pdf, write_gold

STEM = "b3-kamerbrief-noordoost-brabant"
LVVN = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"

ADDRESS = ["> Retouradres Postbus 20401 2500 EK Den Haag", "",
           "De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Prinses Irenestraat 6",
           "2595 BD DEN HAAG", ""]
META = [("Datum", "13 november 2026"),
        ("Betreft", "Voortgang gebiedsgerichte aanpak Noordoost-Brabant en de Peelvenen"),
        ("Ons kenmerk", "DGNVLG / 26412873")]

BODY = [
    "Geachte Voorzitter,",
    "Met deze brief informeer ik uw Kamer over de voortgang van de gebiedsgerichte aanpak in Noordoost-Brabant, "
    "zoals toegezegd in het commissiedebat Stikstof en natuur van 4 september 2026. Ik ga in op de hydrologie van "
    "de Peelvenen, op het perspectief voor blijvende en stoppende boeren en op de financiering.",
    "#Achtergrond",
    "Noordoost-Brabant kent een van de hoogste veedichtheden van Nederland, terwijl de Natura 2000-gebieden "
    "Deurnsche Peel & Mariapeel en de Maasduinen te kampen hebben met verdroging en een te hoge stikstofdepositie. "
    "In 2025 zijn in de regio 112 veehouders gestopt via de Landelijke beëindigingsregeling veehouderijlocaties "
    "(Lbv). De provincie Noord-Brabant heeft aangekondigd in 2027 een eigen opkoopregeling te openen voor "
    "veehouderijen rond Natura 2000-gebieden.",
    "#Water en natuur",
    "Samen met de provincie Noord-Brabant en Waterschap Aa en Maas werk ik in het eerste kwartaal van 2027 een "
    "maatregelenpakket uit voor de hydrologische bufferzone rond de Deurnsche Peel en de Mariapeel. Waterschap Aa en "
    "Maas verwacht de vernatting van de Peelvenen in 2029 af te ronden. Samen met Brabants Landschap en "
    "Staatsbosbeheer verwerft het kabinet in 2027 en 2028 ongeveer 300 hectare landbouwgrond in de bufferzone, die "
    "daarna als natte natuur wordt ingericht.",
    "#Perspectief voor boeren",
    "Het kabinet stelt vanaf 2027 jaarlijks 25 miljoen euro beschikbaar voor een gebiedsgerichte "
    "beëindigingsregeling in Noordoost-Brabant. Samen met de Rijksdienst voor Ondernemend Nederland (RVO) open ik "
    "in het voorjaar van 2027 een regionaal loket waar veehouders terechtkunnen voor advies over stoppen, "
    "extensiveren of omschakelen.",
    "Ik start in 2027, samen met ZLTO en de gemeenten Oss, Bernheze en Meierijstad, een proef met doelsturing op "
    "stikstofemissie op dertig melkveebedrijven. Als de Europese Commissie de staatssteunprocedure voor deze proef "
    "goedkeurt, zal ik bezien of deelname kan worden verruimd naar zestig bedrijven. Ik zou graag zien dat ook "
    "andere gemeenten in de regio zich bij de proef aansluiten.",
    "Met de minister van Volkshuisvesting en Ruimtelijke Ordening stel ik uiterlijk medio 2027 een ruimtelijk "
    "kader op voor vrijkomende agrarische bebouwing in de regio, zodat leegstaande stallen niet verrommelen.",
    "#Financiering en afspraken",
    "Uiterlijk eind 2026 sluit ik met de provincie Noord-Brabant een bestuursovereenkomst over de inzet van de "
    "rijksmiddelen en de provinciale cofinanciering. De motie van het lid Vermeer over perspectief voor blijvende "
    "boeren is met deze brief nog niet afgedaan.",
    "Ik vertrouw erop uw Kamer hiermee voldoende te hebben geïnformeerd.",
    "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,",
    "",
    "",
    "J.W. Hendriks",
]

GOLD = [
    action("", "werk ik in het eerste kwartaal van 2027 een maatregelenpakket uit",
           "Maatregelenpakket hydrologische bufferzone Deurnsche Peel en Mariapeel", [LVVN],
           ["Provincie Noord-Brabant", "Waterschap Aa en Maas"], 2027, 2027),
    action("", "verwerft het kabinet in 2027 en 2028 ongeveer 300 hectare landbouwgrond",
           "Verwerving 300 hectare landbouwgrond in de bufferzone", [LVVN],
           ["Brabants Landschap", "Staatsbosbeheer"], 2027, 2028),
    action("", "Het kabinet stelt vanaf 2027 jaarlijks 25 miljoen euro beschikbaar",
           "Gebiedsgerichte beëindigingsregeling Noordoost-Brabant", [LVVN], [], 2027, None),
    action("", "in het voorjaar van 2027 een regionaal loket waar veehouders",
           "Regionaal loket voor veehouders", [LVVN], ["Rijksdienst voor Ondernemend Nederland"], 2027, 2027),
    action("", "een proef met doelsturing op stikstofemissie op dertig melkveebedrijven",
           "Proef doelsturing op stikstofemissie", [LVVN],
           ["Zuidelijke Land- en Tuinbouworganisatie", "Gemeente Oss", "Gemeente Bernheze", "Gemeente Meierijstad"],
           2027, None),
    action("", "stel ik uiterlijk medio 2027 een ruimtelijk kader op",
           "Ruimtelijk kader vrijkomende agrarische bebouwing", [LVVN],
           ["Ministerie van Volkshuisvesting en Ruimtelijke Ordening"], None, 2027),
    action("", "Uiterlijk eind 2026 sluit ik met de provincie Noord-Brabant",
           "Bestuursovereenkomst met de provincie Noord-Brabant", [LVVN], ["Provincie Noord-Brabant"], None, 2026),
]

NOT = [
    "Met deze brief informeer ik uw Kamer over de voortgang van de gebiedsgerichte aanpak in Noordoost-Brabant",
    "Noordoost-Brabant kent een van de hoogste veedichtheden van Nederland",
    "In 2025 zijn in de regio 112 veehouders gestopt via de Landelijke beëindigingsregeling veehouderijlocaties",
    "De provincie Noord-Brabant heeft aangekondigd in 2027 een eigen opkoopregeling te openen",
    "Waterschap Aa en Maas verwacht de vernatting van de Peelvenen in 2029 af te ronden.",
    "Als de Europese Commissie de staatssteunprocedure voor deze proef goedkeurt, zal ik bezien of deelname kan "
    "worden verruimd naar zestig bedrijven.",
    "Ik zou graag zien dat ook andere gemeenten in de regio zich bij de proef aansluiten.",
    "De motie van het lid Vermeer over perspectief voor blijvende boeren is met deze brief nog niet afgedaan.",
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(4.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Ministerie van Landbouw, Visserij,\nVoedselzekerheid en Natuur")
    r.font.size = Pt(9)
    r.bold = True
    for line in ADDRESS:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
        if line.startswith(">"):
            p.runs[0].font.size = Pt(7)
    for label, val in META:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))
        lr = p.add_run(label + "\t")
        lr.font.size = Pt(8)
        lr.bold = True
        p.add_run(val)
    doc.add_paragraph("")
    for para in BODY:
        if para.startswith("#"):
            p = doc.add_paragraph()
            p.add_run(para[1:]).italic = True
        else:
            doc.add_paragraph(para)
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / f"{STEM}.docx"
        doc.save(p)
        docx_to_pdf(p, ROOT)
    write_gold(STEM, f"{STEM}.pdf", "kamerbrief", "python-docx -> soffice, ministry in page header", GOLD, NOT,
               letter_date="2026-11-13")


if __name__ == "__main__":
    build()
