/** Sentences written for the reader tests, in the languages whose legacy encodings are detected. */

export const RUSSIAN = 'Во вторник вечером полиция задержала не менее 37 человек у здания парламента. «Мы проявили максимальную сдержанность», — заявил представитель министерства. Оппозиция назвала это ложью; по её данным, пострадали около двадцати человек.';
export const FRENCH = 'Le ministère a déclaré que quatorze policiers avaient été blessés près du Parlement. « Nous avons fait preuve de retenue », a-t-il ajouté. L’opposition dénonce des arrestations arbitraires et réclame une enquête indépendante.';
export const GERMAN = 'Die Polizei nahm am Mittwoch mindestens 37 Menschen fest. Größere Schäden wurden nicht gemeldet; die Übergriffe würden geprüft, hieß es aus dem Ministerium. Die Opposition spricht von übermäßiger Gewalt.';
export const ENGLISH = 'Police detained at least 37 people on Wednesday after a night of clashes outside the parliament, the ministry said in a statement.';
export const CHINESE = '在周三举行的新闻发布会上，警方发言人表示，至少有三十七人被拘留，十四名警察受伤。反对派领导人否认了这一说法。';
