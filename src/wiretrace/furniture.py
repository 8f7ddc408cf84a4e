"""Site furniture: the lines a web page wraps around a story (menus, share rows, consent
banners, related links, story lists, subscription prompts), recognised by their shape.
:mod:`wiretrace.clean` decides where in the page each test applies (the head, the foot,
or, for the unmistakable ones, anywhere)."""

from __future__ import annotations

import re

# The reading and subscription prompts of French, Spanish and German news sites (wire copy
# is republished there too), at the top, bottom or inside a story.
FOREIGN_LINKS = (
    r"Lire aussi\s*:?[^\n]{0,200}|(?:Lea|Leer|Lee) (?:también|más)\s*:?[^\n]{0,200}"
    r"|Lesen Sie auch:?[^\n]{0,200}|Mehr zum Thema:?[^\n]{0,200}"
    r"|Anzeige|Werbung|Publicidad|Publicité|Artikel teilen|Compartir(?: en [^\n]{1,40})?"
    # (round 161: the advertisement's and the share button's label in Portuguese, Italian
    # and French)
    r"|Publicidade|Pubblicità|Partilhar|Compartilhar|Condividi|Partager(?: l'article)?|Partage"
    r"|Síguenos en [^\n]{1,100}|Folgen Sie uns[^\n]{0,100}|Suivez-nous[^\n]{0,100}"
    r"|Abonnez-vous[^\n]{0,150}|Suscr[íi]bete[^\n]{0,150}|Abonnieren Sie[^\n]{0,150}"
    # Portuguese, Italian, Dutch, Polish, Indonesian, Turkish, Russian, Ukrainian (round 34)
    r"|Leia (?:também|mais)\s*:?[^\n]{0,200}|Veja (?:também|mais)\s*:[^\n]{0,200}"
    r"|Siga (?:o|a|os|as|-nos)\b[^\n]{0,150}(?:Instagram|WhatsApp|Facebook|Telegram|redes sociais|X\b)[^\n]{0,100}"
    r"|Leggi anche\s*:?[^\n]{0,200}|Seguici su [^\n]{1,100}|Lees ook\s*:?[^\n]{0,200}"
    r"|Czytaj (?:także|też|również)\s*:?[^\n]{0,200}|Baca [Jj]uga\s*:?[^\n]{0,200}"
    r"|Ayrıca (?:bakınız|okuyun)\s*:?[^\n]{0,200}|İlgili [Hh]aber(?:ler)?\s*:?[^\n]{0,200}"
    r"|Читайте также\s*:?[^\n]{0,200}|Читайте також\s*:?[^\n]{0,200}"
    # Korean: related articles, the copyright line ("reproduction prohibited")
    r"|관련\s?기사\s*:?[^\n]{0,200}|[^\n]{0,80}무단\s?전재[^\n]{0,60}"
    # the reporter's byline, "[동해안일보 박민재 기자]", and sign-off with an address
    r"|\[[^\]\n]{0,30}기자\]|[가-힣]{2,4}\s?기자\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # Chinese news pages: time and source line, type size, editor, share row, related
    r"|[\d\-: \u3000]{0,20}来源[:：][^\n]{0,40}|字号[:：][^\n]{0,20}"
    r"|【?(?:责任)?编辑[:：][^\n]{0,20}】?|分享到[:：]?[^\n]{0,60}|(?:相关|延伸)阅读[:：]?[^\n]{0,120}"
    r"|(?:相关|推荐)(?:新闻|报道)[:：][^\n]{0,120}"
    # Japanese news pages: related articles and links, the share prompt
    r"|[【\[]?関連(?:記事|ニュース|リンク)[】\]]?[:：]?[^\n]{0,120}|この記事をシェア[^\n]{0,40}"
    # "did you like this article?" and the newsletter's call (round 89's Italian page)
    r"|Ti è piaciuto (?:questo articolo|l'articolo)\?[^\n]{0,150}|Condividilo\b[^\n]{0,100}"
    r"|¿Te (?:ha gustado|gustó) (?:este artículo|esta noticia)\?[^\n]{0,150}"
    r"|Hat Ihnen (?:dieser|der) Artikel gefallen\?[^\n]{0,150}"
    r"|Gostou (?:desta|da|deste|do) (?:matéria|notícia|reportagem|artigo)\?[^\n]{0,150}"
    r"|Iscriviti (?:alla|al|a) (?:nostra |nostro )?newsletter[^\n]{0,150}"
)
# The agency's currency conversions at the foot of a story: "($1 = 0.9150 euros)".
CURRENCY = r"\((?:\$|€|£|¥)1 = [^()\n]{1,60}\)(?:\s*\((?:\$|€|£|¥)1 = [^()\n]{1,60}\))*"
# The head of a page's list of other stories ("Most read", then numbered headlines).
SECTIONS = (
    r"News|World|Business|Politics|Sports?|Transport|Health|Science|Technology|Tech|Opinion"
    r"|Culture|Entertainment|Local|Economy|Markets|Environment|Education|Crime|Travel"
    r"|Lifestyle|Weather|Breaking(?: News)?|Exclusive|Analysis|Europe|Africa|Asia|Americas"
    r"|Middle East|UK|US|Money|Finance|Energy|Climate|Justice|Courts?|Society"
)
LIST_HEAD = (
    r"(?:Most (?:read|popular|viewed|shared)|Trending(?: now| on [\w'&. -]{1,50})?|Top stories|Editor'?s picks"
    r"|Recommended(?: for you)?|You (?:may|might) also like|Latest news"
    r"|More (?:[\w-]+ ){0,2}(?:stories|news|articles|releases|press releases)"
    r"|Related(?: (?:stories|articles|coverage|content|news|posts))?|Read (?:also|more|next)"
    r"|More on this(?: story)?"
    r"|More (?:from|in) [\w'&. -]{1,40}|관련\s?기사"
    r"|Articoli correlati|Notizie correlate|Artículos relacionados|Noticias relacionadas"
    r"|Articles (?:liés|similaires)|Ähnliche Artikel|Notícias relacionadas|Matérias relacionadas)"
)
# Whole lines of site furniture. Each is short and starts (or ends) with a fixed phrase.
BOILERPLATE = re.compile(
    r"^(?:"
    r"\(?(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Edited|Reported)\s+by\s+[^\n]{2,300}"
    # the same credit line in German, Spanish and French wire copy
    r"|\((?:Bericht|Berichterstattung|Información|Reportaje|Redacción|Reportage|Rédigé"
    # (and Portuguese and Italian, with or without the "by": "(Reportagem de ...; Edição
    # de ...)", "(Reportage Camille Ferrand, édité par ...)", "(Redazione di Roma; a cura
    # di ...)", round 161)
    r"|Reportagem|Redazione)\s+(?:(?:von|de|par|por|di|da)\s+)?[^\n]{2,300}"
    r"|(?:Source|Quelle|Fuente|Fonte)\s*:\s*[^\n]{1,60}"
    r"|Sign up(?: here)?\.?|Sign up(?: now)? (?:for|to) [^\n]{1,120}|Subscribe(?: now)?(?: to [^\n]{1,100})?"
    r"|Read more(?::[^\n]{0,200}|\.{0,3})|Read (?:the )?(?:full|original) (?:story|article)[^\n]{0,100}"
    r"|Related(?: (?:stories|articles|coverage|content))?:?[^\n]{0,200}|See also:?[^\n]{0,200}"
    r"|Share(?: this(?: article| story)?)?(?: (?:on|via|by) [^\n]{1,60})?:?|Follow us on [^\n]{1,80}"
    r"|Share(?: this)?(?: article| story| page)?\s*:\s*[^\n]{1,100}"  # "Share this article: Facebook | X"
    r"|Skip to (?:main )?(?:content|navigation)|Accept all(?: cookies)?|Manage (?:preferences|cookies|settings)"
    # a consent banner: only ever at the top or the foot of a page, where this runs
    r"|[^\n]{0,200}\b(?:we use cookies|(?:site|website) uses cookies|accept (?:all )?cookies"
    r"|partners use cookies"
    r"|cookie (?:settings|preferences|policy)|use of cookies)\b[^\n]{0,300}"
    r"|Accept(?: all)?\s*[|/]\s*(?:Manage|Reject|Decline)[^\n]{0,40}"
    # a community site's head and foot (round 75: a verbatim repost inside them)
    r"|Posted by [^\n]{1,60}?\b(?:on|at)\b[^\n]{0,160}"
    # ("Posted on August 14, 2024 by admin | Filed under: Fines | 6 Comments", round 242)
    r"|Posted (?:on|at) [^\n]{1,40}?\bby\b[^\n]{0,160}"
    r"|[^\n]{0,40}\bweather today\s*:[^\n]{0,150}|BREAKING\s*:[^\n.!?]{0,150}"
    r"|(?:Advertisement|ADVERTISEMENT)\s*[-:\u2013\u2014][^\n]{0,200}"
    r"|(?:Sponsored(?: content| post)?|Promoted(?: content)?|Paid content|Partner content)"
    r"\s*:[^\n]{0,200}"
    # ... or the label alone, and a page's lists by their heads: "Most read: ...",
    # "More features: ..." (round 156)
    r"|Sponsored(?: content| post)?|Promoted(?: content)?"
    r"|(?:Most (?:read|popular|viewed|shared)|More (?:features|stories|news|articles|videos))"
    r"\s*:[^\n]{0,200}"
    r"|Like (?:us|[^\n|]{1,60}) on (?:Facebook|Instagram|X|Twitter|LinkedIn)\b[^\n]{0,100}"
    r"|Share this (?:post|page|appeal|article|story)\b[^\n]{0,150}"
    r"|(?:You (?:may|might) also like|Related (?:stories|posts|articles))\s*:[^\n]{0,300}"
    r"|Trending(?: now| on [^\n:]{1,50})?\s*(?::[^\n]{0,300})?"
    r"|Leave a (?:comment|reply)\b[^\n]{0,150}"
    # a section's other stories: "More WTA: Whitfield rolls past Lin | Berlin results"
    r"|More (?-i:[A-Z][\w&'.-]{1,25}(?: [A-Z][\w&'.-]*){0,2})\s*:[^\n]{0,200}"
    r"|E-?mail:?\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
    r"|(?:Do you have|Have you got|Got|Have) a (?:story|news tip|tip)\b[^\n]{0,150}"
    r"|\d+ min(?:ute)?s? read|Leave a (?:Reply|Comment)|Your email address will not be published[^\n]{0,120}"
    r"|By (?:signing up|subscribing|clicking)[^\n]{0,200}|Enter your e-?mail[^\n]{0,150}"
    # a call for readers' stories: "Were you affected? Tell us: news@example.com"
    # ("Have you been affected by this story? Contact our newsroom.", round 87)
    r"|(?:[^\n]{0,150}\?\s+)?(?:Tell us|Get in touch|E-?mail us|Contact us|Write to us"
    r"|Contact (?:our|the) (?:newsroom|news ?desk|reporters?)|Share your "
    r"(?:story|stories|views|experiences?|thoughts))\b[^\n]{0,200}"
    r"|[^\n]{0,80}\bdelivered to your inbox\b[^\n]{0,150}|Join our [^\n]{1,40}(?:channel|group|community)[^\n]{0,100}"
    # (a list's head with its items on the same line: "Read next: ...", "More in Courts &
    # Crime: ...", "More on this story: ... | ...", round 250-254)
    r"|" + LIST_HEAD + r"(?:\s*:[^\n]{1,300})?"
    r"|(?:(?:Share (?:on|via|by) [\w+.]+|Copy link|Print|Email)\s*){2,8}"
    r"|Share(?:\s+(?:X|Facebook|LinkedIn|Email|Link|WhatsApp|Twitter|Reddit|Print)){2,8}"
    r"|(?:Comments? \(\d+\)|\d+ [Cc]omments?)"
    r"(?:\s*[-|]\s*(?:Be the first to comment|Report a comment)\.?)?"
    r"|Join the (?:conversation|discussion)(?:\s*[-:\u2013\u2014]\s*\d+ comments?|\.)?"
    # a markets page's small print, and a page's other stories by their head (round 244:
    # "Disclaimer: This article is for information purposes only ...", "Also read: ...",
    # round 243: "Also today: The Tecuaya municipal market will reopen ...")
    r"|(?:(?:Medical|Legal|Editorial|Investment) )?Disclaimer\s*:[^\n]{1,300}|(?:Also (?:read|today|see)|In other news)\s*:[^\n]{1,200}"
    # "Also on CargoWatch: ... | ...", "Also in today's Herald: ...", "Also in the news:
    # ...", "More on Sardova: ... | ..." (round 244), "More from X: ...", "More on the budget:
    # ...", "More analysis: ...", "Listen: ... (28 min)", "Keywords: ..." (rounds 252-257)
    r"|Also (?:on|in) [^\n:]{1,40}:[^\n]{1,200}|More (?:on|in|from) [^\n:]{1,40}:[^\n]{0,300}"
    r"|More (?:analysis|coverage|reading)\s*:[^\n]{0,300}"
    r"|(?:Listen|Watch|Video|Audio|Podcast)\s*:[^\n]{1,150}|Keywords?\s*:[^\n]{1,200}"
    # a blog's comments head under the post, with its title: '6 thoughts on "Who may be
    # listening": ...' (round 242)
    r"|(?:\d+|One|Two|Three) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) [^\n]{1,200}"
    r"|Comments are (?:closed|disabled|turned off)(?: (?:for|on) this (?:article|story|post))?"
    r"(?: for (?:legal|editorial) reasons)?\.?"  # (round 228)
    r"|Like this:?[^\n]{0,40}|Loading(?:\.{3}|…)"  # a blog's like button
    # readers' prompts and a site's pitches at the foot (rounds 250-253): "Have your say:
    # ...", "Letters to the editor: ...", "Drop a comment below!", "Become a member",
    # "STAY CONNECTED: Download the News 12 app ...", "Reading time: 3 minutes", a pitch
    # that ends in its button ("... get breaking casualty news first. Subscribe")
    r"|Have your say\b[^\n]{0,200}|Letters to the editor\b[^\n]{0,150}"
    r"|(?:Drop|Leave|Post) (?:a|your) comments? below\W{0,3}"
    # ("What do you think? Should sponsors have a say in what festivals show? Let us know
    # below.", round 264)
    r"|(?:What do you think\?|What are your thoughts\?)?[^\n]{0,150}\bLet us know (?:below|in the comments?)"
    r"(?: (?:section )?below)?\W{0,3}"
    r"|Become a (?:member|subscriber|supporter)\b[^\n]{0,100}"
    r"|(?:Stay connected\s*:\s*)?Download (?:the|our) [^\n]{1,40}\bapp\b[^\n]{0,100}"
    r"|Reading time\s*:?\s*\d+\s*min(?:ute)?s?"
    r"|[^\n]{1,150}[.!]\s*\[?(?:Subscribe|Sign up)(?: now| free| here)?\]?"
    r"|[^\n]{1,150}[.!]\s*\[?Enter your e-?mail(?: address)?\]?"
    # a search box's placeholder (round 110: "Search..." under a site's menu)
    r"|Search(?:\.{3}|…|:)?|(?:Type to |Enter keywords to )?search(?:\.{3}|…)"
    r"|(?:Kommentare|Comentarios|Commentaires) \(\d+\)"
    r"|Tags?:[^\n]{1,200}|Topics?:[^\n]{1,200}|Filed (?:under|in):[^\n]{1,200}"
    # a blog's post foot: "Categories: Festivals, News | Tags: ...", "Previous post: ... |
    # Next post: ..." (round 264)
    r"|Categor(?:y|ies)\s*:[^\n]{1,200}|(?:Previous|Next|Older|Newer) (?:post|article|story)\s*:[^\n]{1,300}"
    # ... and in Spanish, French, German, Portuguese, Italian (round 74)
    r"|(?:Etiquetas|Temas|Mots-clés|Mots clés|Schlagwörter|Schlagworte|Themen|Tag)\s?:[^\n]{1,200}"
    r"|[-\[(=*\s]*(?:Advertisement|ADVERTISEMENT)[-\])=*\s]*|Skip (?:to content|advertisement)"
    r"|Continue reading(?: below)?\.?"
    # a feedback box, a messaging channel and an aggregator's small print at the foot
    # (round 240: "Was this article helpful?", "Yes / No", "Follow RegionWire on WhatsApp
    # for breaking news alerts", "Content on this page may be aggregated from third-party
    # sources.", "RegionWire 2026.")
    r"|(?:Is|Was) this (?:page|article|story|information) (?:useful|helpful)\??|Yes\s*[|/]\s*No"
    r"|Follow [^\n]{1,40} on (?:WhatsApp|Telegram|Facebook|Instagram|X|Twitter|Google News)\b"
    r"[^\n]{0,100}"
    r"|Content on this (?:page|site)\b[^\n]{0,150}"
    r"|(?-i:[A-Z][a-z]+[A-Z][\w&'’.-]*)\s+(?:19|20)\d\d\.?"
    r"|Our Standards:[^\n]{0,120}|Get the latest [^\n]{1,120}|Click here [^\n]{1,120}"
    r"|(?:Copyright\s*)?(?:©|\([Cc]\)\s*\d{4})[^\n]{0,300}|Copyright \d{4}[^\n]{0,300}"
    # ("Copyright Selvik Morning Post 2025", round 200)
    r"|Copyright (?:[A-Z][\w&'’.-]*\s+){1,6}(?:19|20)\d\d\.?"
    r"|All rights reserved\.?"
    # a republisher's disclaimer: "IndustryWire Hub is not responsible for the content of
    # third-party press releases."
    r"|[^\n]{0,80}\b(?:is|are) not responsible for the content\b[^\n]{0,150}"
    # the reporter's address and the site's copyright at the foot: "Contact Lena Marsh at
    # lmarsh@example.com. © 2024 Dunmore Herald. All rights reserved."
    r"|(?:Contact|E-?mail|Reach) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} (?:at|on|via) "
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?[^\n]{0,200}"
    r"|[^\n]{0,150}(?:©|\([Cc]\))\s*(?:19|20)\d\d\b[^\n]{0,150}"
    r"|\([Cc]\)\s+[^\n]{1,60}\b(?:19|20)\d\d\b[^\n]{0,60}"  # "(c) ScandiNews Now 2026"
    # (after the site's line: "Radio Aldmark News is funded by the licence fee. (c) RAN
    # 2025", round 254)
    r"|[^\n]{1,150}[.!]\s+\([Cc]\)\s+[A-Z][^\n]{0,60}\b(?:19|20)\d\d\.?"
    r"|[^\n]{0,80}©\s*[A-Z][^\n]{0,80}"  # "Wire content © Norwell News Service." (r246)
    r"|(?:Log|Sign) in(?: or register)? to (?:post a |leave a |join the )?(?:comment|discussion)\.?"
    r"|You must be logged in to (?:post a )?comment\.?|Leave a (?:comment|reply)\.?"
    r"|This material may not be published, broadcast, rewritten,? or redistributed[^\n]{0,120}"
    r"|"
    + CURRENCY
    + r"|"
    + FOREIGN_LINKS
    # (after the outlet's name too: "Normandie Éco - Tous droits réservés", round 161)
    + r"|(?:[^\n]{0,60}\s[-|–—]\s)?(?:Tous droits réservés|Todos los derechos reservados"
    r"|Todos os direitos reservados|Tutti i diritti riservati|Alle Rechte vorbehalten)\.?"
    r"|Vous avez aimé cet article[^\n]{0,120}|Partagez[- ]l[ea][^\n]{0,100}"
    r"|This (?:article|story) (?:was|has been) (?:updated|corrected)[^\n]{0,200}"
    # a republisher's note, and an agency's note of what an update changed
    r"|This (?:article|story) (?:was|is) (?:originally|first) (?:published|posted)[^\n]{0,200}"
    r"|This (?:article|story|post) (?:originally |first )?appeared (?:on|in|at)\b[^\n]{0,150}"
    r"|(?:Republished|Reprinted|Reproduced) (?:here )?with (?:the )?permission[^\n]{0,120}"
    # a licence note, alone or after the site's own lines ("... Copyright 2025 Campus
    # Ledger Media. Content from Meridian News Wire is used under licence.", round 260)
    r"|[^\n]{0,200}\b(?:[Cc]ontent|[Ss]tor(?:y|ies)|[Aa]rticles?|[Mm]aterial) (?:from|by) "
    r"[^\n]{1,60} (?:is|are) (?:used|republished|reproduced) under (?:a )?licen[cs]e\b[^\n]{0,80}"
    # a syndication partner's note (round 85), and the Indian sites' "(Except for the
    # headline, this story has not been edited by ... staff and is published from a
    # syndicated feed.)"
    r"|[^\n]{0,120}\b(?:published|distributed|supplied|provided) (?:via|through|by|under|from)"
    r" (?:a )?(?:syndicat(?:ion|ed feed)|[^\n]{1,40} syndication)\b[^\n]{0,150}"
    r"|[^\n]{0,80}\b(?:has|have|was|were) not been edited by\b[^\n]{0,200}"
    # ("(This story has been published from a wire agency feed without modifications to
    # the text. ...)", "Catch all the latest news and updates on the Evening Post app.",
    # round 256)
    r"|\(?This (?:story|article) (?:has been|was|is) published from an? [^\n]{0,30}\bfeed\b[^\n]{0,200}"
    r"|Catch (?:all )?the latest\b[^\n]{0,150}"
    # a comments box's teaser at the foot
    r"|[^\n]{0,200}\b(?:read|see|view) (?:this and |all )?\d+ (?:more )?comments?\b[^\n]{0,150}"
    r"|\((?:Adds|Updates|Recasts|Corrects|Refiles|Rewrites|Changes|Removes|Fixes)\b[^\n]{0,200}\)"
    # a section label (a page's kicker) on a line of its own: "Transport", "World | Europe"
    r"|(?:" + SECTIONS + r")(?:\s*[&,/|·>»-]?\s*(?:" + SECTIONS + r")){0,2}"
    r")\s*$"
    r"|opens new tab\s*$"  # Reuters' link furniture: "..., opens new tab"
    r"|\bnewsletter\b[^\n]{0,80}\b(?:sign up|subscribe|inbox)\b|\b(?:sign up|subscribe)\b[^\n]{0,80}\bnewsletter\b",
    re.IGNORECASE,
)
# Inside the story only unmistakable furniture goes (a short line that is nothing else).
MID_BOILERPLATE = re.compile(
    r"^(?:Sign up(?: here)?\.?|Read more:[^\n]*|Read more\.{0,3}|[-\[(=*\s]*Advertisement[-\])=*\s]*"
    r"|\[(?:Ad|Advert|Advertisement|Sponsored)\][^\n]{0,200}"  # "[Ad] Try X free ..." (r252)
    r"|\[[^\]\n]{1,30}\]"  # a button's label alone: "[Sign up free]", "[Start free trial]"
    r"|[^\n]{0,150}\[(?:Sign up|Subscribe|Start free)[^\]\n]{0,20}\]"  # ... after its pitch
    # the wire's credit line, both halves: it never stands in a story (round 250)
    r"|\(?(?:Reporting|Writing) by [^\n;]{2,120};\s*(?:Additional reporting|Editing|Edited) by[^\n]{2,200}"
    r"|Continue reading(?: below)?\.?"
    r"|Also read\s*:[^\n]*"  # (round 244)
    r"|Related(?: (?:stories|articles|coverage))?:[^\n]*|[^\n]*, opens new tab"
    r"|Share this(?: article| story)?|[([]?(?:Photo|Picture|Image|Photograph)s?\s*:[^\n]*"
    r"|Read (?:also|next)\s*:[^\n]*|(?:Also read|Must read|Don't miss|Trending now)\s*:[^\n]*"
    r"|Join our [^\n]{1,40}(?:channel|group|community)[^\n]{0,100}"
    r"|(?:Sign up|Subscribe)\b[^\n]{0,80}\bnewsletter\b[^\n]{0,120}"
    # a sign-up box set into the story: its title, its pitch and its small print
    r"|Sign up (?:for|to) (?:the |our )?[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,3}\.?"
    # (with its pitch and its button: "Sign up for the SkyLine Morning Brief - the day's
    # airline news in your inbox every weekday. Subscribe", round 258)
    r"|(?:Sign up|Subscribe) (?:for|to) [^\n]{1,150}[.!]\s*\[?(?:Subscribe|Sign up)(?: now| free| here)?\]?"
    r"|[^\n]{0,80}\bdelivered to your inbox\b[^\n]{0,80}|By (?:signing up|subscribing)\b[^\n]{0,150}"
    # (its pitch and its box on one line: "Get the Gazette Health Bulletin - ..., delivered
    # every Thursday. Enter your email | Sign up", round 228)
    # ("NEWSLETTER: Get ... delivered every Friday. Your email address | Sign me up", r246)
    r"|[^\n]{0,200}\b(?:Enter your e-?mail|Your e-?mail(?: address)?)\b\W{0,3}(?:\|\s*)?"
    r"(?:Sign (?:me )?up|Subscribe)\b[^\n]{0,20}"
    r"|Story continues below(?: (?:this )?(?:advertisement|ad))?\.?"
    r"|Advertisement\s*[-:\u2013\u2014|]\s*(?:Continue reading|Story continues|Scroll)[^\n]{0,40}"
    r"|Sponsored(?: content)?|Promoted(?: content)?|"
    + FOREIGN_LINKS
    + r"|"
    + CURRENCY
    # a government page's feedback box and table of contents (round 167)
    + r"|(?:(?:Is|Was) this (?:page|article|information) (?:useful|helpful)\??\s*)?"
    r"(?:Yes\s*\|\s*No(?:\s*\|\s*[^\n]{0,60})?)?|Report a problem with this page\.?"
    r"|(?:(?:Table of )?Contents|On this page|In this article)\s*:[^\n]{0,200}\|[^\n]{0,200}"
    # an aggregator's furniture (round 168): its credit, reading time, audio player,
    # list heading, paid teaser and tip line
    r"|(?:Aggregated|Republished) from [^\n]{1,80}|[^\n]{0,40}\b\d+[\s-]min(?:ute)?s? read\b[^\n]{0,60}"
    r"|Listen to this (?:article|story)\b[^\n]{0,20}"
    # a list of other headlines set into the story, by its head (round 179)
    r"|(?:Most (?:read|popular|viewed|shared)|Trending now)(?:\s*:[^\n]{0,200})?"
    r"|Sponsored:[^\n]{0,150}|Got a (?:story|news tip)\?[^\n]{0,150})\s*$",
    re.IGNORECASE,
)
# Navigation trails at the top of a page: "Home » World » Europe", "News > UK > Politics".
BREADCRUMB = re.compile(r"^[\w'&.\- ]{1,30}(?:\s*[»›>/|]\s*[\w'&.\- ]{1,30}){1,9}$")


def is_breadcrumb(text: str) -> bool:
    """A navigation trail or menu: 2-10 short segments joined by », ›, >, / or |, with no
    verb-like sentence in it (a headline has no separators; prose is longer than 30
    characters a part)."""
    return len(text.split()) <= 20 and bool(BREADCRUMB.match(text))


def is_boilerplate(text: str) -> bool:
    return len(text.split()) <= 40 and bool(BOILERPLATE.search(text))


_MENU_SEP = re.compile(r"\s+[|·•]\s+")


def is_menu(text: str, *, parts: int = 2) -> bool:
    """A row of links: ``Home | World | Business``, ``Accept all | Manage preferences``.
    At least ``parts`` items joined by bars or dots, each of 1-4 words with no sentence
    end: prose is never cut into such pieces."""
    items = _MENU_SEP.split(text)
    return (
        len(items) >= parts
        and len(text.split()) <= 30
        and all(0 < len(i.split()) <= 4 and not i.endswith((".", "?", "!")) for i in items)
    )


def is_photo_line(text: str) -> bool:
    """``Photo: ...`` / ``Picture: ...``: a caption label; prose never starts so."""
    return bool(
        re.match(r"[([]?(?:Photo|Picture|Image|Photograph)s?\s*:\s*\S", text, re.IGNORECASE)
    )


# A press release's own furniture: the release line at its head, the end mark, the
# contact block and the notes to editors at its foot. Not site furniture: it marks the
# text an organisation issued, which news stories are then written from.
RELEASE_HEAD = re.compile(
    r"^\s*(?:FOR IMMEDIATE RELEASE|(?:PRESS|NEWS|MEDIA) RELEASE|EMBARGOED\b)[^\n]{0,100}$"
    r"|^\s*(?:For immediate release|(?:Press|News|Media) release)\s*:?\s*$"
    # "PRESS RELEASE — Ministry of Water — For immediate release"
    r"|^[^\n.]{0,80}\b(?i:for immediate release)\s*$"
)
RELEASE_END = re.compile(r"^\s*(?:-+\s*)?(?:ENDS?|[Ee]nds|###|-30-)(?:\s*-+)?\s*$")
CONTACT_HEAD = re.compile(
    r"^\s*(?:(?:Media|Press|PR|News(?:room)?)\s+(?:contacts?|enquiries|inquiries|office|relations)"
    r"|Contacts?|For (?:further|more) information(?:,? (?:please )?contact)?"
    # "For media enquiries please contact the club's communications department." (round 141)
    r"|For (?:media|press) (?:enquiries|inquiries),? (?:please )?contact\b[^\n]{0,100}"
    r"|Notes? (?:to|for) editors?)\s*(?::\s*[^\n]{0,120})?$",  # a label, or a label: details
    re.IGNORECASE,
)
CONTACT_DETAIL = re.compile(
    # (not a date alone on its line, "30.09.2026": a news site's time stamp, round 125)
    r"^(?!\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$)"
    r"\s*(?:(?:E-?mail|Tel|Phone|Mobile|T|M|E)\s*[:.]?\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d ()./-]{7,}|(?:https?://|www\.)\S+)\s*$",
    re.IGNORECASE,
)


def is_release_line(text: str) -> bool:
    """A press release's end mark, release line or contact detail on a line of its own."""
    return bool(RELEASE_HEAD.match(text) or RELEASE_END.match(text) or CONTACT_DETAIL.match(text))


# A content farm's closing FAQ: questions the story already answers, asked again for search
# engines (round 46). Only the SEO names: a "Q&A" may be a real interview.
FAQ_HEAD = re.compile(r"^(?:Frequently asked questions|FAQs?)\s*:?\s*$", re.IGNORECASE)
QA_LINE = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]\s")


def faq_start(lines: list[str], first: int, last: int) -> int | None:
    """Index of an FAQ heading after ``first`` whose lines down to ``last`` are all
    questions and answers (``Q: ...`` / ``A: ...``, or a question and the lines answering
    it), or None."""
    for k in range(last - 1, first, -1):
        if FAQ_HEAD.match(lines[k]):
            after = lines[k + 1 : last + 1]
            asked = sum(bool(QA_LINE.match(t)) or t.rstrip().endswith("?") for t in after)
            return k if asked >= 2 and asked * 2 >= len(after) else None
    return None


# Readers' comments under a story: a head ("3 Comments", "Comments (12)", "Leave a Reply")
# and, after it, only comments ("Mags_K says: Another winter in two jumpers then.") and
# furniture (round 110: a repost's comment thread read as the story's last sentences).
COMMENTS_HEAD = re.compile(
    # ("3 thoughts on this post", round 194)
    r"^(?:\d+\s+(?:Comments?|Responses?|Replies|thoughts? on)|(?:Comments?|Responses?)\s*(?:\(\d+\))?"
    r"|Leave a (?:Reply|Comment)|Join the (?:conversation|discussion))\b[^\n]{0,200}$",
    re.IGNORECASE,
)
# ("Mags_K says: ...", or "Radu K. - ...")
COMMENT_LINE = re.compile(
    r"^[\w.'@-]+(?: [\w.'@-]+){0,3}(?: (?:says|said|wrote|replied)\s*:| [-–—])\s*\S"
)


def comments_start(lines: list[str], first: int, last: int) -> int | None:
    """Index of a comments head after ``first`` whose lines down to ``last`` are all
    comments or furniture, one comment at least; None otherwise."""
    for k in range(last, max(first, last - 30), -1):
        if COMMENTS_HEAD.match(lines[k]):
            after = lines[k + 1 : last + 1]
            said = [t for t in after if COMMENT_LINE.match(t)]
            if said and all(COMMENT_LINE.match(t) or is_boilerplate(t) for t in after):
                return k
    return None


def is_headline(text: str) -> bool:
    """A short line with no sentence end: how a headline reads."""
    # (a quote closing it, with no stop inside: 'Ostrova: "We will not be anyone's spare
    # tyre"', round 200)
    t = re.sub(r"(?<![.!?,])[\"”]$", "", text.rstrip())
    return len(text.split()) <= 20 and not t.endswith((".", "!", "?", '"', "”", ":"))


# a list item's mark: "- ", "• ", "1. "
_LIST_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013\u2014>]|\d{1,2}[.)])\s+")
STRAY_MAX_WORDS = 25


def _list_item(text: str) -> bool:
    """A headline in a list of stories, a short question too ("Why are fewer students
    choosing teaching degrees?" under "Related stories", round 260)."""
    return is_headline(text) or (text.endswith("?") and len(text.split()) <= 12)


def story_list_start(lines: list[str], first: int, last: int) -> int | None:
    """Where a list of other stories at the foot of the page starts: a head such as
    ``Most read`` within the last 12 lines, followed only by headline-like lines."""
    for h in range(last, max(first, last - 12), -1):
        if re.fullmatch(LIST_HEAD + r"\s*:?", lines[h], re.IGNORECASE):
            rest = lines[h + 1 : last + 1]
            listed = [_list_item(_LIST_BULLET.sub("", t)) or is_boilerplate(t) for t in rest]
            # (with one stray sentence of another story under two headlines or more:
            # "Meanwhile, organisers of the Tressan Folk Weekend said ...", round 248)
            stray = [k for k, ok in enumerate(listed) if not ok]
            if not stray or (
                len(stray) == 1
                and len(rest[stray[0]].split()) <= STRAY_MAX_WORDS
                and sum(is_headline(t) and not is_boilerplate(t) for t in rest[: stray[0]]) >= 2
            ):
                return h
            return None
    return None
