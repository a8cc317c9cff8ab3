"""Reviews by people: reviewer accounts, one named graph per review, and the reviewed values on every page."""
