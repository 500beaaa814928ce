"""Who said what: attributed statements found by a cue lexicon and a few word-order rules.

`lexicon` loads the editable word lists of `rasid/data/`; `tokens` gives the folded word stream the rules
read; `quotes` pairs quotation marks; `media` reads the medium a statement was given to; `speakers` finds
the speaker phrase before or after a cue; `finder` puts them together into `Statement` records, which the
`statements` stage turns into spans.
"""
