// swift-format-ignore-file
// Generated from Sources/SobrietyIngest/Exports/Presets/Data/*.toml by
// Tests/SobrietyIngestTests/Presets/BundledPresetsTests.swift: do not edit.
// After changing a preset, run `RECORD_PRESETS=1 swift test --filter BundledPresets`.

/// The preset files of `Data/`, built into the binary; parsed only when a file is not canonical CSV.
enum BundledPresets {
    /// Each preset's TOML text, by name (the file's name without `.toml`), sorted by name.
    static let files: [(name: String, text: String)] = [
        ("cm360", #"""
# Campaign Manager 360 (ex-DCM) report CSV: a metadata preamble ending in a "Report Fields" line,
# then the header, the data and a "Grand Total:" row. "(not set)" and "-" mean no value.
# Evidence: ../shared/research/exports.md §3a.
name = "cm360"
title = "Campaign Manager 360"
platform = "open_web"

[detect]
strong = ["site (cm360)", "site (dcm)", "dbm cost (account currency)", "platform type",
    "active view: % viewable impressions"]
supporting = ["advertiser", "creative", "placement", "invalid impressions", "video completions", "media cost",
    "active view: viewable impressions", "active view: measurable impressions"]

[line_item]
columns = [
    ["campaign"],
    ["site (cm360)", "site (dcm)", "site"],
    ["placement"],
    ["creative"],
    ["country"],
    ["designated market area (dma)"],
    ["platform type"],
    ["date"],
]

[fields]
campaign = ["campaign"]
platform = ["site (cm360)", "site (dcm)", "site"]
placement = ["placement"]
country = ["country"]
device = ["platform type"]
impressions = ["impressions"]
invalid_impressions = ["invalid impressions"]
video_views = ["video plays", "video views"]
avg_watch_seconds = ["video average view time"]
viewable_impressions = ["active view: viewable impressions"]
measurable_impressions = ["active view: measurable impressions"]
viewability_rate = ["active view: % viewable impressions"]
spend = ["media cost", "dbm cost (account currency)"]
date = ["date"]

[values.platform]
"youtube.com" = "youtube"
"youtube" = "youtube"
"*" = "open_web"

[values.device]
desktop = "desktop"
"mobile highend: smartphone" = "mobile"
"mobile midrange: feature phone" = "mobile"
"smartphone" = "mobile"
tablet = "tablet"
"connected tv" = "tv"
"*" = ""

[drop]
total_rows = ["grand total:*"]
footer = ["no data returned by the reporting service"]

[cells]
empty = ["-", "(not set)"]
"""#),
        ("douyin-ads", #"""
# Ocean Engine (巨量引擎) reports for Douyin. No export was inspected: the header names are the
# metric names of the Ocean Engine console (消耗 spend, 展示数 impressions, 播放数 plays,
# 平均单次播放时长 average play time), matched loosely; check the warnings for unmapped columns.
name = "douyin-ads"
title = "Ocean Engine (Douyin)"
platform = "douyin"

[detect]
strong = ["消耗", "展示数", "平均单次播放时长", "平均千次展现费用", "有效播放数"]
supporting = ["点击数", "点击率", "转化数", "广告组名称", "计划名称", "项目名称"]

[line_item]
columns = [["广告组名称", "项目名称", "广告组"], ["计划名称", "广告计划名称", "广告名称", "计划"], ["创意名称"], ["日期", "时间"]]

[fields]
campaign = ["广告组名称", "项目名称", "广告组"]
impressions = ["展示数", "展示量"]
video_views = ["播放数", "视频播放数"]
avg_watch_seconds = ["平均单次播放时长"]
spend = ["消耗"]
date = ["日期", "时间"]
"""#),
        ("dv360", #"""
# Display & Video 360 (Bid Manager) offline report CSV: header on line 1, an unlabelled totals row
# after the data, then a footer of "Report Time:", "Date Range:", "Group By:" … lines.
# Evidence: ../shared/research/exports.md §3b.
name = "dv360"
title = "Display & Video 360"
platform = "open_web"

[detect]
strong = ["insertion order", "revenue (adv currency)", "billable impressions", "starts (video)",
    "complete views (video)", "line item type", "trueview: views"]
supporting = ["advertiser", "advertiser id", "advertiser currency", "line item id", "creative size", "exchange",
    "active view: viewable impressions", "active view: measurable impressions"]

[line_item]
columns = [
    ["insertion order", "campaign"],
    ["line item"],
    ["creative"],
    ["creative size"],
    ["device type"],
    ["environment"],
    ["country"],
    ["exchange"],
    ["app/url"],
    ["date"],
]

[fields]
campaign = ["insertion order", "campaign"]
format = ["creative type"]
placement = ["environment"]
country = ["country"]
device = ["device type"]
impressions = ["impressions"]
billable_impressions = ["billable impressions"]
video_views = ["starts (video)", "trueview: views"]
viewable_impressions = ["active view: viewable impressions"]
measurable_impressions = ["active view: measurable impressions"]
viewability_rate = ["active view: % viewable impressions"]
spend = ["revenue (adv currency)", "media cost (advertiser currency)", "total media cost (advertiser currency)",
    "revenue"]
currency = ["advertiser currency"]
date = ["date"]

[values.format]
video = "video"
display = "image"
"standard" = "image"
"html5" = "image"
native = "image"
audio = "audio"
"*" = ""

[values.device]
"smart phone" = "mobile"
smartphone = "mobile"
desktop = "desktop"
tablet = "tablet"
"connected tv" = "tv"
"smart tv" = "tv"
"*" = ""

[drop]
footer = ["report time", "date range", "group by", "mrc accredited metrics", "filter by",
    "no data returned by the reporting service"]
without_line_item = true

[cells]
empty = ["unknown"]
"""#),
        ("google-ads", #"""
# Google Ads (Search, Display, Demand Gen, Performance Max, YouTube/Video): the report downloads.
# ".csv" is UTF-8 without BOM, comma-separated; "Excel .csv" is UTF-16LE with BOM, TAB-separated.
# Both open with two preamble lines (report title, date range) and end with "Total: …" rows.
# Evidence: ../shared/research/exports.md §2.
name = "google-ads"
title = "Google Ads"
platform = "youtube"
buying = "social"

[detect]
strong = ["impr.", "trueview views", "trueview avg. cpv", "avg. watch time / impr.", "video played to 25%"]
supporting = [
    "campaign status", "ad group status", "avg. cpc", "avg. cpm", "avg. cost", "interactions", "interaction rate",
    "currency code", "conv. rate", "search impr. share",
]

[line_item]
columns = [
    ["campaign"],
    ["ad group", "asset group"],
    ["ad", "ad name"],
    ["network (with search partners)", "network"],
    ["device"],
    ["country/territory (user location)", "country/territory (matched)", "country/territory", "location"],
    ["day", "week", "month"],
]

[fields]
campaign = ["campaign"]
platform = ["campaign type", "network (with search partners)", "network"]
format = ["ad type", "campaign type"]
device = ["device"]
country = ["country/territory (user location)", "country/territory (matched)", "country/territory"]
impressions = ["impr.", "impressions", "impr"]
reach = ["unique users", "unique reach"]
video_views = ["trueview views", "views"]
avg_watch_seconds_per_impression = ["avg. watch time / impr."]
watch_seconds = ["watch time"]
viewable_impressions = ["viewable impr.", "active view viewable impr."]
measurable_impressions = ["measurable impr.", "active view measurable impr."]
spend = ["cost"]
currency = ["currency code", "currency"]
date = ["day"]

[values.platform]
video = "youtube"
"demand gen" = "youtube"
youtube = "youtube"
"youtube videos" = "youtube"
"youtube search" = "youtube"
display = "open_web"
"display network" = "open_web"
search = "open_web"
"search network" = "open_web"
"google search" = "open_web"
"search partners" = "open_web"
"performance max" = "open_web"
shopping = "open_web"
smart = "open_web"
app = "open_web"
"*" = "youtube"

[values.format]
video = "video"
"demand gen" = "video"
"skippable in-stream" = "video"
"non-skippable in-stream" = "video"
bumper = "video"
"in-feed video" = "video"
shorts = "video"
display = "image"
"responsive display ad" = "image"
"image ad" = "image"
search = "text"
"responsive search ad" = "text"
"expanded text ad" = "text"
"*" = ""

[values.device]
computers = "desktop"
"mobile phones" = "mobile"
"mobile devices with full browsers" = "mobile"
tablets = "tablet"
"tablets with full browsers" = "tablet"
"tv screens" = "tv"
"*" = ""

[drop]
total_rows = ["total: *", "total - *", "total"]

[cells]
empty = ["--", "[]"]
"""#),
        ("linkedin-ads", #"""
# LinkedIn Campaign Manager: the campaign performance export, UTF-16LE with BOM, TAB-separated;
# headers, dates (M/D/YYYY or DD/MM/YYYY) and decimal separators follow the UI language.
# Evidence: ../shared/research/exports.md §5.
name = "linkedin-ads"
title = "LinkedIn Campaign Manager"
platform = "linkedin"

[detect]
strong = ["start date (in utc)", "data de início (em utc)", "total spent", "total investido", "campaign group name",
    "nome do grupo de campanhas", "total social actions", "total de interações sociais", "clicks to landing page",
    "viral impressions"]
supporting = ["account name", "nome da conta", "campaign objective", "campaign type", "average frequency",
    "frequência média", "video completions", "taxa de cliques"]

[line_item]
columns = [
    ["campaign group name", "nome do grupo de campanhas"],
    ["campaign name", "nome da campanha"],
    ["creative name", "nome do criativo"],
    ["country", "país"],
    ["start date (in utc)", "data de início (em utc)"],
]

[fields]
campaign = ["campaign group name", "nome do grupo de campanhas", "campaign name", "nome da campanha"]
format = ["campaign type", "tipo de campanha"]
country = ["country", "país"]
impressions = ["impressions", "impressões"]
reach = ["reach", "alcance"]
video_views = ["video views", "visualizações de vídeo"]
spend = ["total spent", "total investido"]
currency = ["currency", "moeda"]
date = ["start date (in utc)", "data de início (em utc)"]

[values.format]
"text ads" = "text"
"text ad" = "text"
"sponsored messaging" = "text"
"*" = ""
"""#),
        ("meta-ads", #"""
# Meta Ads Manager (Facebook, Instagram, Messenger, Audience Network): the Ads Manager / Ads Reporting
# CSV export. UTF-8 with BOM, comma-separated, no preamble, no totals row; headers follow the UI
# language (English, French, German, Spanish, Italian, Portuguese, Korean aliases below).
# Evidence: ../shared/research/exports.md §1.
name = "meta-ads"
title = "Meta Ads Manager"
platform = "facebook"

[detect]
strong = [
    "amount spent", "montant dépensé", "ausgegebener betrag", "importe gastado", "importo speso", "valor gasto",
    "reporting starts", "début des rapports", "berichtsbeginn", "inicio del informe", "inizio report",
    "início dos relatórios", "thruplays", "video average play time", "video average watch time",
    "동영상 평균 재생 시간",
]
supporting = [
    "ad set name", "delivery status", "delivery level", "result indicator", "results", "frequency", "répétition",
    "frequenz", "cost per 1,000 accounts center accounts reached", "cpm (cost per 1,000 impressions)",
]

[line_item]
columns = [
    ["campaign name", "nom de la campagne", "kampagnenname", "nombre de la campaña", "nome della campagna",
        "nome da campanha"],
    ["ad set name", "nom de l'ensemble de publicités", "name der anzeigengruppe", "nombre del conjunto de anuncios",
        "nome del gruppo di inserzioni", "nome do conjunto de anúncios"],
    ["ad name", "ads", "nom de la publicité", "anzeigenname", "nombre del anuncio", "nome dell'inserzione",
        "nome do anúncio"],
    ["platform", "plateforme", "plattform", "plataforma", "piattaforma"],
    ["placement", "placements", "platzierung", "ubicación", "posizionamento", "posicionamento"],
    ["age", "âge", "alter", "edad", "età", "idade"],
    ["gender", "sexe", "geschlecht", "sexo", "genere", "gênero"],
    ["country", "pays", "land", "país", "paese"],
    ["region", "région", "región", "regione", "região"],
    ["dma region"],
    ["impression device", "appareil d'impression", "impressionsgerät"],
    ["device platform", "plateforme de l'appareil", "geräteplattform"],
    ["day", "jour", "tag", "día", "giorno", "dia"],
]

[fields]
campaign = ["campaign name", "nom de la campagne", "kampagnenname", "nombre de la campaña", "nome della campagna",
    "nome da campanha"]
platform = ["platform", "plateforme", "plattform", "plataforma", "piattaforma"]
placement = ["placement", "placements", "platzierung", "ubicación", "posizionamento", "posicionamento"]
country = ["country", "pays", "land", "país", "paese"]
device = ["impression device", "appareil d'impression", "impressionsgerät", "device platform",
    "plateforme de l'appareil", "geräteplattform"]
impressions = ["impressions", "impressionen", "impresiones", "impressioni", "impressões", "노출"]
reach = ["reach", "portée", "reichweite", "alcance", "copertura", "도달"]
video_views = ["video plays", "lectures de la vidéo", "videowiedergaben", "reproducciones del video",
    "riproduzioni del video", "reproduções do vídeo", "3-second video plays", "동영상 재생"]
avg_watch_seconds = ["video average play time", "video average watch time", "durée moyenne de lecture de la vidéo",
    "durchschnittliche wiedergabezeit des videos", "tiempo promedio de reproducción del video",
    "tempo medio di riproduzione del video", "tempo médio de reprodução do vídeo", "동영상 평균 재생 시간"]
spend = ["amount spent", "montant dépensé", "ausgegebener betrag", "importe gastado", "importo speso", "valor gasto"]
currency = ["currency", "devise", "währung", "moneda", "valuta", "moeda"]
start_date = ["reporting starts", "début des rapports", "berichtsbeginn", "inicio del informe", "inizio report",
    "início dos relatórios"]
end_date = ["reporting ends", "fin des rapports", "berichtsende", "fin del informe", "fine report",
    "término dos relatórios"]
date = ["day", "jour", "tag", "día", "giorno", "dia"]

[values.platform]
facebook = "facebook"
instagram = "instagram"
messenger = "facebook"
whatsapp = "facebook"
threads = "threads"
audience_network = "open_web"
"audience network" = "open_web"

[values.format]
"instagram reels" = "video"
"facebook reels" = "video"
"reels" = "video"
"instagram stories" = "story"
"facebook stories" = "story"
"messenger stories" = "story"
"stories" = "story"
"facebook in-stream videos" = "video"
"in-stream videos" = "video"
"instream video" = "video"
"*" = ""

[values.device]
iphone = "mobile"
ipod = "mobile"
android_smartphone = "mobile"
"android smartphone" = "mobile"
mobile_app = "mobile"
mobile_web = "mobile"
"mobile app" = "mobile"
"mobile web" = "mobile"
ipad = "tablet"
android_tablet = "tablet"
"android tablet" = "tablet"
desktop = "desktop"

[derive]
format_from = "placement"
"""#),
        ("pinterest-ads", #"""
# Pinterest Ads Manager export. Header names beyond "Spend in account currency" are unverified
# (../shared/research/exports.md §8) and matched loosely.
name = "pinterest-ads"
title = "Pinterest Ads Manager"
platform = "pinterest"

[detect]
strong = ["spend in account currency", "earned impressions", "pin clicks", "promoted pin name", "paid video views"]
supporting = ["outbound clicks", "total impressions", "average video watch time", "video starts"]

[line_item]
columns = [["campaign name"], ["ad group name"], ["ad name", "promoted pin name"], ["country"], ["date"]]

[fields]
campaign = ["campaign name"]
format = ["creative type", "ad format"]
country = ["country"]
impressions = ["impressions", "paid impressions"]
reach = ["reach"]
video_views = ["paid video views", "video views"]
avg_watch_seconds = ["average video watch time"]
spend = ["spend in account currency", "spend"]
date = ["date"]

[values.format]
standard = "image"
image = "image"
video = "video"
carousel = "carousel"
idea = "story"
"*" = ""
"""#),
        ("snapchat-ads", #"""
# Snapchat Ads Manager export. No raw export was found: header names come from third-party
# mapping tables (../shared/research/exports.md §6) and are matched loosely.
name = "snapchat-ads"
title = "Snapchat Ads Manager"
platform = "snapchat"

[detect]
strong = ["paid impressions", "swipe ups", "paid reach", "paid frequency", "ad squad name", "avg screen time",
    "2 second video views"]
supporting = ["start time", "end time", "view completions", "quartile 1"]

[line_item]
columns = [["campaign name"], ["ad set name", "ad squad name"], ["ad name"], ["country"], ["start time"]]

[fields]
campaign = ["campaign name"]
country = ["country"]
impressions = ["paid impressions", "impressions"]
reach = ["paid reach", "reach"]
video_views = ["2 second video views", "video views"]
avg_watch_seconds_per_impression = ["avg screen time", "average screen time"]
spend = ["amount spent", "spend"]
currency = ["currency"]
start_date = ["start time"]
end_date = ["end time"]
"""#),
        ("tiktok-ads", #"""
# TikTok Ads Manager: the Manage table / Custom Reports CSV. A summary row whose first cell is
# "Total of N results" is included (first or last); "-" means no value.
# Evidence: ../shared/research/exports.md §4.
name = "tiktok-ads"
title = "TikTok Ads Manager"
platform = "tiktok"

[detect]
strong = ["average play time per video view", "average play time per user", "2-second video views",
    "6-second video views", "by day", "clicks (destination)", "cpc (destination)", "ctr (destination)"]
supporting = ["ad group name", "ad name", "primary status", "video views at 100%", "100% video view rate"]

[line_item]
columns = [
    ["campaign name"],
    ["ad group name"],
    ["ad name"],
    ["placement"],
    ["location", "country/region"],
    ["os"],
    ["by day", "date"],
]

[fields]
campaign = ["campaign name"]
platform = ["placement"]
placement = ["placement"]
country = ["location", "country/region"]
device = ["os"]
impressions = ["impressions"]
reach = ["reach"]
video_views = ["video views"]
avg_watch_seconds = ["average play time per video view"]
spend = ["cost"]
currency = ["currency"]
date = ["by day", "date"]

[values.platform]
tiktok = "tiktok"
pangle = "open_web"
"global app bundle" = "open_web"
"*" = "tiktok"

[values.device]
android = "mobile"
ios = "mobile"
"*" = ""

[drop]
total_rows = ["total of #*"]

[cells]
empty = ["-"]
"""#),
        ("x-ads", #"""
# X (Twitter) Ads Manager export, current and legacy ("Export .CSV") generations.
# Header names: ../shared/research/exports.md §7.
name = "x-ads"
title = "X Ads Manager"
platform = "x"

[detect]
strong = ["3s/100% video views", "3s/100% views", "billed engagements", "total audience reach", "time period",
    "media engagements", "card engagements"]
supporting = ["average frequency", "video completions", "engagement rate", "retweets", "campaign url"]

[line_item]
columns = [["campaign name", "campaign"], ["ad group name", "ad group"], ["time period", "time"]]

[fields]
campaign = ["campaign name", "campaign"]
impressions = ["impressions"]
reach = ["total audience reach"]
video_views = ["video views"]
spend = ["spend"]
date = ["time period", "time"]
"""#),
        ("xiaohongshu-ads", #"""
# Xiaohongshu (RED) 聚光 (Juguang) reports. No export was inspected: the header names are the
# console's metric names (消费 spend, 展现量 impressions, 视频播放量 video plays), matched loosely.
name = "xiaohongshu-ads"
title = "Xiaohongshu Juguang"
platform = "xiaohongshu"

[detect]
strong = ["展现量", "消费", "笔记名称", "单元名称", "互动量"]
supporting = ["点击量", "点击率", "平均点击成本", "计划名称"]

[line_item]
columns = [["计划名称"], ["单元名称"], ["创意名称", "笔记名称"], ["时间", "日期"]]

[fields]
campaign = ["计划名称"]
impressions = ["展现量"]
video_views = ["视频播放量", "播放量"]
spend = ["消费", "花费"]
date = ["时间", "日期"]
"""#),
    ]
}
