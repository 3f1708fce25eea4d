"""PowerPoint output: the render layer every deck shares.

`template` opens the agency's template, chooses layouts and fills tokens; `grid` is the slide
geometry; `fit` measures text; `canvas` adds slides, titles, text boxes, footers and notes;
`finishing` sets each finished slide's line spacing and theme fonts;
`tables` and `paginate` lay native tables over as many slides as they need; `shapes` holds
colours and small drawing helpers; `assemble` puts a deck together from its slide makers.
The decks themselves are subpackages: `deliverable` is the deck presented to the client.
"""

from pptx.oxml.ns import _nsmap as PPTX_NAMESPACES
from pptx.oxml.xmlchemy import BaseOxmlElement

from cjmdeck.xpaths import compile_once

compile_once(BaseOxmlElement, PPTX_NAMESPACES)  # every deck: python-pptx's queries compiled once
