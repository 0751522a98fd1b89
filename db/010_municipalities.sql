-- hubdesk schema, level 10: one name for each municipality.
--
-- Finland's municipalities, each with its official number, its Finnish and
-- Swedish names and its region (maakunta / landskap) in both languages.
-- Source: Statistics Finland's municipality and region classifications (CC BY
-- 4.0), as the Yleisradio/geodata repository on GitHub publishes them
-- (finland/finland-hva-2021.topo.json, its latest, commit 131fa86 of
-- 2022-01-04: numbers and names; finland/finland-regions-2020.topo.json: the
-- regions' names). Swedish names as geodata gives them, following the
-- Institute for the Languages of Finland (Gustav Adolfs for Hartola).
-- The regions are those of the wellbeing services counties in that file,
-- which follow the regions (Uusimaa's four counties and Helsinki are Uusimaa;
-- Åland has none).
--
-- Valid for 2021 to 2026: 309 municipalities. The data is of 2021 and
-- reflects that year's merger (Honkajoki into Kankaanpää, 214) and its moves
-- between regions (Heinävesi, Iitti, Isokyrö, Joroinen, Kuhmoinen).
-- Statistics Finland's notices list no merger since: 309 municipalities in
-- 2022, 2023, 2024, 2025 and 2026.
--
-- Members and the hub keep a municipality's number: NULL when unknown, 200
-- (a number no municipality has) for abroad. The names they had as typed
-- text are matched to a number here, case-blind in either language
-- (SQLite's lower() folds only ASCII, so Å, Ä and Ö are folded by hand);
-- "abroad", "ulkomaat" and "utlandet" become 200; any other name, unknown.
-- The typed text is dropped with its column.

CREATE TABLE municipality (
    number    INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 999 AND number <> 200),
    name_fi   TEXT NOT NULL UNIQUE,
    name_sv   TEXT NOT NULL,
    region_fi TEXT NOT NULL,
    region_sv TEXT NOT NULL
);

INSERT INTO municipality VALUES (5, 'Alajärvi', 'Alajärvi', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (9, 'Alavieska', 'Alavieska', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (10, 'Alavus', 'Alavo', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (16, 'Asikkala', 'Asikkala', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (18, 'Askola', 'Askola', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (19, 'Aura', 'Aura', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (20, 'Akaa', 'Ackas', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (35, 'Brändö', 'Brändö', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (43, 'Eckerö', 'Eckerö', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (46, 'Enonkoski', 'Enonkoski', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (47, 'Enontekiö', 'Enontekis', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (49, 'Espoo', 'Esbo', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (50, 'Eura', 'Eura', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (51, 'Eurajoki', 'Euraåminne', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (52, 'Evijärvi', 'Evijärvi', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (60, 'Finström', 'Finström', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (61, 'Forssa', 'Forssa', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (62, 'Föglö', 'Föglö', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (65, 'Geta', 'Geta', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (69, 'Haapajärvi', 'Haapajärvi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (71, 'Haapavesi', 'Haapavesi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (72, 'Hailuoto', 'Karlö', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (74, 'Halsua', 'Halso', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (75, 'Hamina', 'Fredrikshamn', 'Kymenlaakso', 'Kymmenedalen');
INSERT INTO municipality VALUES (76, 'Hammarland', 'Hammarland', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (77, 'Hankasalmi', 'Hankasalmi', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (78, 'Hanko', 'Hangö', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (79, 'Harjavalta', 'Harjavalta', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (81, 'Hartola', 'Gustav Adolfs', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (82, 'Hattula', 'Hattula', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (86, 'Hausjärvi', 'Hausjärvi', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (90, 'Heinävesi', 'Heinävesi', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (91, 'Helsinki', 'Helsingfors', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (92, 'Vantaa', 'Vanda', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (97, 'Hirvensalmi', 'Hirvensalmi', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (98, 'Hollola', 'Hollola', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (102, 'Huittinen', 'Vittis', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (103, 'Humppila', 'Humppila', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (105, 'Hyrynsalmi', 'Hyrynsalmi', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (106, 'Hyvinkää', 'Hyvinge', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (108, 'Hämeenkyrö', 'Tavastkyro', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (109, 'Hämeenlinna', 'Tavastehus', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (111, 'Heinola', 'Heinola', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (139, 'Ii', 'Ijo', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (140, 'Iisalmi', 'Idensalmi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (142, 'Iitti', 'Itis', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (143, 'Ikaalinen', 'Ikalis', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (145, 'Ilmajoki', 'Ilmola', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (146, 'Ilomantsi', 'Ilomants', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (148, 'Inari', 'Enare', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (149, 'Inkoo', 'Ingå', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (151, 'Isojoki', 'Storå', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (152, 'Isokyrö', 'Storkyro', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (153, 'Imatra', 'Imatra', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (165, 'Janakkala', 'Janakkala', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (167, 'Joensuu', 'Joensuu', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (169, 'Jokioinen', 'Jockis', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (170, 'Jomala', 'Jomala', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (171, 'Joroinen', 'Jorois', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (172, 'Joutsa', 'Joutsa', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (176, 'Juuka', 'Juga', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (177, 'Juupajoki', 'Juupajoki', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (178, 'Juva', 'Juva', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (179, 'Jyväskylä', 'Jyväskylä', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (181, 'Jämijärvi', 'Jämijärvi', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (182, 'Jämsä', 'Jämsä', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (186, 'Järvenpää', 'Träskända', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (202, 'Kaarina', 'S:t Karins', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (204, 'Kaavi', 'Kaavi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (205, 'Kajaani', 'Kajana', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (208, 'Kalajoki', 'Kalajoki', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (211, 'Kangasala', 'Kangasala', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (213, 'Kangasniemi', 'Kangasniemi', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (214, 'Kankaanpää', 'Kankaanpää', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (216, 'Kannonkoski', 'Kannonkoski', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (217, 'Kannus', 'Kannus', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (218, 'Karijoki', 'Bötom', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (224, 'Karkkila', 'Högfors', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (226, 'Karstula', 'Karstula', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (230, 'Karvia', 'Karvia', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (231, 'Kaskinen', 'Kaskö', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (232, 'Kauhajoki', 'Kauhajoki', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (233, 'Kauhava', 'Kauhava', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (235, 'Kauniainen', 'Grankulla', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (236, 'Kaustinen', 'Kaustby', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (239, 'Keitele', 'Keitele', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (240, 'Kemi', 'Kemi', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (241, 'Keminmaa', 'Keminmaa', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (244, 'Kempele', 'Kempele', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (245, 'Kerava', 'Kervo', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (249, 'Keuruu', 'Keuru', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (250, 'Kihniö', 'Kihniö', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (256, 'Kinnula', 'Kinnula', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (257, 'Kirkkonummi', 'Kyrkslätt', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (260, 'Kitee', 'Kides', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (261, 'Kittilä', 'Kittilä', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (263, 'Kiuruvesi', 'Kiuruvesi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (265, 'Kivijärvi', 'Kivijärvi', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (271, 'Kokemäki', 'Kumo', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (272, 'Kokkola', 'Karleby', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (273, 'Kolari', 'Kolari', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (275, 'Konnevesi', 'Konnevesi', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (276, 'Kontiolahti', 'Kontiolax', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (280, 'Korsnäs', 'Korsnäs', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (284, 'Koski Tl', 'Koskis', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (285, 'Kotka', 'Kotka', 'Kymenlaakso', 'Kymmenedalen');
INSERT INTO municipality VALUES (286, 'Kouvola', 'Kouvola', 'Kymenlaakso', 'Kymmenedalen');
INSERT INTO municipality VALUES (287, 'Kristiinankaupunki', 'Kristinestad', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (288, 'Kruunupyy', 'Kronoby', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (290, 'Kuhmo', 'Kuhmo', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (291, 'Kuhmoinen', 'Kuhmois', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (295, 'Kumlinge', 'Kumlinge', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (297, 'Kuopio', 'Kuopio', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (300, 'Kuortane', 'Kuortane', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (301, 'Kurikka', 'Kurikka', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (304, 'Kustavi', 'Gustavs', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (305, 'Kuusamo', 'Kuusamo', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (309, 'Outokumpu', 'Outokumpu', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (312, 'Kyyjärvi', 'Kyyjärvi', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (316, 'Kärkölä', 'Kärkölä', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (317, 'Kärsämäki', 'Kärsämäki', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (318, 'Kökar', 'Kökar', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (320, 'Kemijärvi', 'Kemijärvi', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (322, 'Kemiönsaari', 'Kimitoön', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (398, 'Lahti', 'Lahtis', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (399, 'Laihia', 'Laihela', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (400, 'Laitila', 'Letala', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (402, 'Lapinlahti', 'Lapinlahti', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (403, 'Lappajärvi', 'Lappajärvi', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (405, 'Lappeenranta', 'Villmanstrand', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (407, 'Lapinjärvi', 'Lappträsk', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (408, 'Lapua', 'Lappo', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (410, 'Laukaa', 'Laukas', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (416, 'Lemi', 'Lemi', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (417, 'Lemland', 'Lemland', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (418, 'Lempäälä', 'Lempäälä', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (420, 'Leppävirta', 'Leppävirta', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (421, 'Lestijärvi', 'Lestijärvi', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (422, 'Lieksa', 'Lieksa', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (423, 'Lieto', 'Lundo', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (425, 'Liminka', 'Limingo', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (426, 'Liperi', 'Libelits', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (430, 'Loimaa', 'Loimaa', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (433, 'Loppi', 'Loppi', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (434, 'Loviisa', 'Lovisa', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (435, 'Luhanka', 'Luhanka', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (436, 'Lumijoki', 'Lumijoki', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (438, 'Lumparland', 'Lumparland', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (440, 'Luoto', 'Larsmo', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (441, 'Luumäki', 'Luumäki', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (444, 'Lohja', 'Lojo', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (445, 'Parainen', 'Pargas', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (475, 'Maalahti', 'Malax', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (478, 'Maarianhamina', 'Mariehamn', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (480, 'Marttila', 'S:t Mårtens', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (481, 'Masku', 'Masku', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (483, 'Merijärvi', 'Merijärvi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (484, 'Merikarvia', 'Sastmola', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (489, 'Miehikkälä', 'Miehikkälä', 'Kymenlaakso', 'Kymmenedalen');
INSERT INTO municipality VALUES (491, 'Mikkeli', 'S:t Michel', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (494, 'Muhos', 'Muhos', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (495, 'Multia', 'Multia', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (498, 'Muonio', 'Muonio', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (499, 'Mustasaari', 'Korsholm', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (500, 'Muurame', 'Muurame', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (503, 'Mynämäki', 'Virmo', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (504, 'Myrskylä', 'Mörskom', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (505, 'Mäntsälä', 'Mäntsälä', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (507, 'Mäntyharju', 'Mäntyharju', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (508, 'Mänttä-Vilppula', 'Mänttä-Vilppula', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (529, 'Naantali', 'Nådendal', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (531, 'Nakkila', 'Nakkila', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (535, 'Nivala', 'Nivala', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (536, 'Nokia', 'Nokia', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (538, 'Nousiainen', 'Nousis', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (541, 'Nurmes', 'Nurmes', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (543, 'Nurmijärvi', 'Nurmijärvi', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (545, 'Närpiö', 'Närpes', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (560, 'Orimattila', 'Orimattila', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (561, 'Oripää', 'Oripää', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (562, 'Orivesi', 'Orivesi', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (563, 'Oulainen', 'Oulainen', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (564, 'Oulu', 'Uleåborg', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (576, 'Padasjoki', 'Padasjoki', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (577, 'Paimio', 'Pemar', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (578, 'Paltamo', 'Paltamo', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (580, 'Parikkala', 'Parikkala', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (581, 'Parkano', 'Parkano', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (583, 'Pelkosenniemi', 'Pelkosenniemi', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (584, 'Perho', 'Perho', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (588, 'Pertunmaa', 'Pertunmaa', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (592, 'Petäjävesi', 'Petäjävesi', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (593, 'Pieksämäki', 'Pieksämäki', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (595, 'Pielavesi', 'Pielavesi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (598, 'Pietarsaari', 'Jakobstad', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (599, 'Pedersören kunta', 'Pedersöre', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (601, 'Pihtipudas', 'Pihtipudas', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (604, 'Pirkkala', 'Birkala', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (607, 'Polvijärvi', 'Polvijärvi', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (608, 'Pomarkku', 'Påmark', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (609, 'Pori', 'Björneborg', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (611, 'Pornainen', 'Borgnäs', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (614, 'Posio', 'Posio', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (615, 'Pudasjärvi', 'Pudasjärvi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (616, 'Pukkila', 'Pukkila', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (619, 'Punkalaidun', 'Punkalaidun', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (620, 'Puolanka', 'Puolanka', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (623, 'Puumala', 'Puumala', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (624, 'Pyhtää', 'Pyttis', 'Kymenlaakso', 'Kymmenedalen');
INSERT INTO municipality VALUES (625, 'Pyhäjoki', 'Pyhäjoki', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (626, 'Pyhäjärvi', 'Pyhäjärvi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (630, 'Pyhäntä', 'Pyhäntä', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (631, 'Pyhäranta', 'Pyhäranta', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (635, 'Pälkäne', 'Pälkäne', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (636, 'Pöytyä', 'Pöytyä', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (638, 'Porvoo', 'Borgå', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (678, 'Raahe', 'Brahestad', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (680, 'Raisio', 'Reso', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (681, 'Rantasalmi', 'Rantasalmi', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (683, 'Ranua', 'Ranua', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (684, 'Rauma', 'Raumo', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (686, 'Rautalampi', 'Rautalampi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (687, 'Rautavaara', 'Rautavaara', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (689, 'Rautjärvi', 'Rautjärvi', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (691, 'Reisjärvi', 'Reisjärvi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (694, 'Riihimäki', 'Riihimäki', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (697, 'Ristijärvi', 'Ristijärvi', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (698, 'Rovaniemi', 'Rovaniemi', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (700, 'Ruokolahti', 'Ruokolax', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (702, 'Ruovesi', 'Ruovesi', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (704, 'Rusko', 'Rusko', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (707, 'Rääkkylä', 'Rääkkylä', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (710, 'Raasepori', 'Raseborg', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (729, 'Saarijärvi', 'Saarijärvi', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (732, 'Salla', 'Salla', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (734, 'Salo', 'Salo', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (736, 'Saltvik', 'Saltvik', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (738, 'Sauvo', 'Sagu', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (739, 'Savitaipale', 'Savitaipale', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (740, 'Savonlinna', 'Nyslott', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (742, 'Savukoski', 'Savukoski', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (743, 'Seinäjoki', 'Seinäjoki', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (746, 'Sievi', 'Sievi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (747, 'Siikainen', 'Siikais', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (748, 'Siikajoki', 'Siikajoki', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (749, 'Siilinjärvi', 'Siilinjärvi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (751, 'Simo', 'Simo', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (753, 'Sipoo', 'Sibbo', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (755, 'Siuntio', 'Sjundeå', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (758, 'Sodankylä', 'Sodankylä', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (759, 'Soini', 'Soini', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (761, 'Somero', 'Somero', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (762, 'Sonkajärvi', 'Sonkajärvi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (765, 'Sotkamo', 'Sotkamo', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (766, 'Sottunga', 'Sottunga', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (768, 'Sulkava', 'Sulkava', 'Etelä-Savo', 'Södra Savolax');
INSERT INTO municipality VALUES (771, 'Sund', 'Sund', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (777, 'Suomussalmi', 'Suomussalmi', 'Kainuu', 'Kajanaland');
INSERT INTO municipality VALUES (778, 'Suonenjoki', 'Suonenjoki', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (781, 'Sysmä', 'Sysmä', 'Päijät-Häme', 'Päijänne-Tavastland');
INSERT INTO municipality VALUES (783, 'Säkylä', 'Säkylä', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (785, 'Vaala', 'Vaala', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (790, 'Sastamala', 'Sastamala', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (791, 'Siikalatva', 'Siikalatva', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (831, 'Taipalsaari', 'Taipalsaari', 'Etelä-Karjala', 'Södra Karelen');
INSERT INTO municipality VALUES (832, 'Taivalkoski', 'Taivalkoski', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (833, 'Taivassalo', 'Tövsala', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (834, 'Tammela', 'Tammela', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (837, 'Tampere', 'Tammerfors', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (844, 'Tervo', 'Tervo', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (845, 'Tervola', 'Tervola', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (846, 'Teuva', 'Östermark', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (848, 'Tohmajärvi', 'Tohmajärvi', 'Pohjois-Karjala', 'Norra Karelen');
INSERT INTO municipality VALUES (849, 'Toholampi', 'Toholampi', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (850, 'Toivakka', 'Toivakka', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (851, 'Tornio', 'Torneå', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (853, 'Turku', 'Åbo', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (854, 'Pello', 'Pello', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (857, 'Tuusniemi', 'Tuusniemi', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (858, 'Tuusula', 'Tusby', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (859, 'Tyrnävä', 'Tyrnävä', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (886, 'Ulvila', 'Ulvsby', 'Satakunta', 'Satakunta');
INSERT INTO municipality VALUES (887, 'Urjala', 'Urjala', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (889, 'Utajärvi', 'Utajärvi', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (890, 'Utsjoki', 'Utsjoki', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (892, 'Uurainen', 'Uurainen', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (893, 'Uusikaarlepyy', 'Nykarleby', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (895, 'Uusikaupunki', 'Nystad', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (905, 'Vaasa', 'Vasa', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (908, 'Valkeakoski', 'Valkeakoski', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (915, 'Varkaus', 'Varkaus', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (918, 'Vehmaa', 'Vemo', 'Varsinais-Suomi', 'Egentliga Finland');
INSERT INTO municipality VALUES (921, 'Vesanto', 'Vesanto', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (922, 'Vesilahti', 'Vesilahti', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (924, 'Veteli', 'Vetil', 'Keski-Pohjanmaa', 'Mellersta Österbotten');
INSERT INTO municipality VALUES (925, 'Vieremä', 'Vieremä', 'Pohjois-Savo', 'Norra Savolax');
INSERT INTO municipality VALUES (927, 'Vihti', 'Vichtis', 'Uusimaa', 'Nyland');
INSERT INTO municipality VALUES (931, 'Viitasaari', 'Viitasaari', 'Keski-Suomi', 'Mellersta Finland');
INSERT INTO municipality VALUES (934, 'Vimpeli', 'Vindala', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (935, 'Virolahti', 'Vederlax', 'Kymenlaakso', 'Kymmenedalen');
INSERT INTO municipality VALUES (936, 'Virrat', 'Virdois', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (941, 'Vårdö', 'Vårdö', 'Ahvenanmaa', 'Åland');
INSERT INTO municipality VALUES (946, 'Vöyri', 'Vörå', 'Pohjanmaa', 'Österbotten');
INSERT INTO municipality VALUES (976, 'Ylitornio', 'Övertorneå', 'Lappi', 'Lappland');
INSERT INTO municipality VALUES (977, 'Ylivieska', 'Ylivieska', 'Pohjois-Pohjanmaa', 'Norra Österbotten');
INSERT INTO municipality VALUES (980, 'Ylöjärvi', 'Ylöjärvi', 'Pirkanmaa', 'Birkaland');
INSERT INTO municipality VALUES (981, 'Ypäjä', 'Ypäjä', 'Kanta-Häme', 'Egentliga Tavastland');
INSERT INTO municipality VALUES (989, 'Ähtäri', 'Etseri', 'Etelä-Pohjanmaa', 'Södra Österbotten');
INSERT INTO municipality VALUES (992, 'Äänekoski', 'Äänekoski', 'Keski-Suomi', 'Mellersta Finland');

ALTER TABLE member ADD COLUMN municipality_number INTEGER;
ALTER TABLE hub ADD COLUMN municipality_number INTEGER;

-- A number is one of the table's, or abroad for a member, whatever the C
-- code does.
CREATE TRIGGER member_municipality_insert BEFORE INSERT ON member
WHEN NEW.municipality_number IS NOT NULL AND NEW.municipality_number <> 200
  AND NOT EXISTS (SELECT 1 FROM municipality WHERE number = NEW.municipality_number)
BEGIN
    SELECT RAISE(ABORT, 'no municipality has that number');
END;
CREATE TRIGGER member_municipality_update BEFORE UPDATE OF municipality_number ON member
WHEN NEW.municipality_number IS NOT NULL AND NEW.municipality_number <> 200
  AND NOT EXISTS (SELECT 1 FROM municipality WHERE number = NEW.municipality_number)
BEGIN
    SELECT RAISE(ABORT, 'no municipality has that number');
END;
CREATE TRIGGER hub_municipality_insert BEFORE INSERT ON hub
WHEN NOT EXISTS (SELECT 1 FROM municipality WHERE number = NEW.municipality_number)
BEGIN
    SELECT RAISE(ABORT, 'no municipality has that number');
END;
CREATE TRIGGER hub_municipality_update BEFORE UPDATE OF municipality_number ON hub
WHEN NEW.municipality_number IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM municipality WHERE number = NEW.municipality_number)
BEGIN
    SELECT RAISE(ABORT, 'no municipality has that number');
END;

-- The old names as typed, folded, to their numbers.
CREATE TEMP TABLE municipality_folded (folded TEXT PRIMARY KEY, number INTEGER NOT NULL);
INSERT OR IGNORE INTO municipality_folded
SELECT lower(replace(replace(replace(name_fi, 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö')), number
FROM municipality;
INSERT OR IGNORE INTO municipality_folded
SELECT lower(replace(replace(replace(name_sv, 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö')), number
FROM municipality;
INSERT INTO municipality_folded VALUES ('abroad', 200), ('ulkomaat', 200), ('utlandet', 200);

-- The audit triggers of level 7 that name the old column go before it, so
-- that the matching below writes no audit row: it changes no one's data.
DROP TRIGGER audit_member_update;
DROP TRIGGER audit_hub_insert;
DROP TRIGGER audit_hub_update;

UPDATE member SET municipality_number = (SELECT f.number FROM municipality_folded AS f
    WHERE f.folded = lower(replace(replace(replace(trim(member.municipality),
        'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö')));
-- A hub is in a municipality: an old one named otherwise stays unknown.
UPDATE hub SET municipality_number = (SELECT f.number FROM municipality_folded AS f
    WHERE f.number <> 200 AND f.folded = lower(replace(replace(replace(trim(hub.municipality),
        'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö')));
DROP TABLE municipality_folded;

ALTER TABLE member DROP COLUMN municipality;
ALTER TABLE hub DROP COLUMN municipality;

-- Level 7's triggers again, with the number for the name. The audit log
-- keeps its keys: a hub's municipality by its official Finnish name.
CREATE TRIGGER audit_member_update AFTER UPDATE ON member
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'member.change', NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json(v)) AS detail FROM (
              SELECT 'category' AS k, json_array(OLD.category, NEW.category) AS v,
                     OLD.category IS NOT NEW.category AS changed
              UNION ALL SELECT 'code', '["…","…"]', OLD.code IS NOT NEW.code
              UNION ALL SELECT 'name', '["…","…"]', OLD.name IS NOT NEW.name
              UNION ALL SELECT 'email', '["…","…"]', OLD.email IS NOT NEW.email
              UNION ALL SELECT 'municipality', '["…","…"]',
                     OLD.municipality_number IS NOT NEW.municipality_number
              UNION ALL SELECT 'organisation', '["…","…"]',
                     OLD.organisation IS NOT NEW.organisation)
          WHERE changed) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

CREATE TRIGGER audit_hub_insert AFTER INSERT ON hub
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hub.add', NEW.uuid,
           json_object('name', NEW.name, 'municipality',
                       (SELECT name_fi FROM municipality WHERE number = NEW.municipality_number),
                       'region', NEW.region, 'timezone', NEW.timezone)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_hub_update AFTER UPDATE ON hub
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hub.change', NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json_array(o, n)) AS detail FROM (
              SELECT 'name' AS k, OLD.name AS o, NEW.name AS n
              UNION ALL SELECT 'municipality',
                     (SELECT name_fi FROM municipality WHERE number = OLD.municipality_number),
                     (SELECT name_fi FROM municipality WHERE number = NEW.municipality_number)
              UNION ALL SELECT 'region', OLD.region, NEW.region
              UNION ALL SELECT 'timezone', OLD.timezone, NEW.timezone)
          WHERE o IS NOT n) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

-- The classification is data this file writes, not the hub's: it changes
-- only with a migration of its own (which drops these first), so it needs
-- no audit row.
CREATE TRIGGER municipality_insert BEFORE INSERT ON municipality
BEGIN
    SELECT RAISE(ABORT, 'the municipalities change only with a new schema level');
END;
CREATE TRIGGER municipality_update BEFORE UPDATE ON municipality
BEGIN
    SELECT RAISE(ABORT, 'the municipalities change only with a new schema level');
END;
CREATE TRIGGER municipality_delete BEFORE DELETE ON municipality
BEGIN
    SELECT RAISE(ABORT, 'the municipalities change only with a new schema level');
END;
